// Counters built from closures keep independent private state.
function makeCounter() {
  var count = 0;
  return function () {
    count = count + 1;
    return count;
  };
}
var c1 = makeCounter();
var c2 = makeCounter();
console.log(c1(), c1(), c1(), c2(), c1(), c2());
function makeStepCounter(start, step) {
  var value = start;
  return {
    next: function () { value += step; return value; },
    reset: function () { value = start; return value; },
    peek: function () { return value; }
  };
}
var s = makeStepCounter(10, 5);
console.log(s.next(), s.next(), s.peek(), s.reset(), s.next());
var t = makeStepCounter(0, 0.5);
for (var i = 0; i < 7; i++) { t.next(); }
console.log(t.peek(), s.peek());
function makeLimited(limit) {
  var used = 0;
  return function () {
    if (used >= limit) { return "exhausted"; }
    used++;
    return "use " + used + " of " + limit;
  };
}
var lim = makeLimited(2);
console.log(lim(), lim(), lim(), lim());
var counters = [];
for (var k = 0; k < 3; k++) {
  counters.push(makeCounter());
}
for (var r = 0; r < 3; r++) {
  for (var q = 0; q <= r; q++) { counters[r](); }
}
console.log(counters[0](), counters[1](), counters[2]());
var total = 0;
var hot = makeCounter();
for (var n = 0; n < 3000; n++) { total += hot(); }
console.log("hot total", total);
