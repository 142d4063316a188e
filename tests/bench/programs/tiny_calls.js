// A tiny program for the runner's own tests: calls through a constructor's shared function.
var ITERATIONS = 50;
function Counter() { this.n = 0; this.add = add; }
function add(k) { this.n += k; return this; }
var c = null;
for (var iter = 0; iter < ITERATIONS; iter++) {
  c = new Counter();
  for (var i = 1; i <= 10; i++) c.add(i);
}
console.log("tiny_calls", c.n, c.n === 55 ? "ok" : "WRONG");
