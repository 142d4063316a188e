// Deopt phases: the same few functions see a new kind of value in every phase, so optimized code built
// on one phase's feedback (small integers, then doubles, then integers past int32, then strings, then
// objects of ever more shapes, then small integers again) meets values it did not expect and has to
// bail out. An optimizing engine deoptimizes here at every phase change of the first iteration; the
// later iterations measure the code it settles on. `--stats` counts the deopts.
// Self-check: each phase's result against a closed form (see expectedTotal()).
var ITERATIONS = 4;
var LENGTH = 2000;

function combine(a, b) { return a + b; }

function fold(xs) {
  var acc = xs[0];
  for (var i = 1; i < xs.length; i++) acc = combine(acc, xs[i]);
  return acc;
}

function valueOf(o) { return o.value; }

function sumValues(objects) {
  var s = 0;
  for (var i = 0; i < objects.length; i++) s = combine(s, valueOf(objects[i]));
  return s;
}

function smallInts(n) {
  var xs = [];
  for (var i = 0; i < n; i++) xs.push(i % 100);
  return xs;
}

function halves(n) {
  var xs = [];
  for (var i = 0; i < n; i++) xs.push(i % 100 + 0.5);
  return xs;
}

function bigInts(n) {
  var xs = [];
  for (var i = 0; i < n; i++) xs.push(2000000000 + i);   // the sum leaves int32 at once
  return xs;
}

function words(n) {
  var xs = [];
  for (var i = 0; i < n; i++) xs.push(i % 2 === 0 ? "ab" : "c");
  return xs;
}

// Objects with `value` at different positions: one shape per phase step, up to five.
function shapes(n, kinds) {
  var xs = [];
  for (var i = 0; i < n; i++) {
    var k = i % kinds;
    if (k === 0) xs.push({value: 1});
    else if (k === 1) xs.push({a: 0, value: 2});
    else if (k === 2) xs.push({a: 0, b: 0, value: 3});
    else if (k === 3) xs.push({b: 0, value: 4});
    else xs.push({c: 0, d: 0, value: 5});
  }
  return xs;
}

function phases(n) {
  var total = 0;
  total += fold(smallInts(n));
  total += fold(halves(n));
  total += fold(bigInts(n)) - 2000000000 * n;
  total += fold(words(n)).length;
  for (var kinds = 1; kinds <= 5; kinds++) total += sumValues(shapes(n, kinds));
  total += fold(smallInts(n));
  return total;
}

// What phases(n) returns, computed without the polymorphic functions.
function expectedTotal(n) {
  var ints = 0;
  for (var i = 0; i < n; i++) ints += i % 100;
  var total = 2 * ints;                          // smallInts, twice
  total += ints + n * 0.5;                       // halves
  total += n * (n - 1) / 2;                      // bigInts, less the 2e9 each
  total += n + Math.floor(n / 2);                // "ab" and "c" alternate: 2 + 1 per pair
  for (var kinds = 1; kinds <= 5; kinds++) {
    for (var j = 0; j < n; j++) total += j % kinds + 1;
  }
  return total;
}

var ok = true;
var result = 0;
var want = expectedTotal(LENGTH);
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = phases(LENGTH);
  if (result !== want) ok = false;
}
console.log("deopt_phases", result, ok ? "ok" : "WRONG");
