// A tiny program for the runner's own tests: a loop and a self-check.
var ITERATIONS = 50;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = 0;
  for (var i = 0; i < 100; i++) result += i;
}
console.log("tiny_sum", result, result === 4950 ? "ok" : "WRONG");
