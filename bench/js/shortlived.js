// ShortLived: millions of small objects and arrays that die young. Each step makes a point (by a
// constructor), a record (an object literal) holding it and two small arrays, and pushes onto one of them;
// the record goes into a ring of 64 slots, the small live set, and the record it replaces becomes garbage.
// Self-check: every replaced record still holds what it was made with, and the sums of what was read
// from them equal closed forms in the step numbers.
var ITERATIONS = 3;
var STEPS = 200000;
var RING = 64;

function Point(x, y) {
  this.x = x;
  this.y = y;
}

// The sum of the replaced records' i % 7, times 10^7, plus the sum of their i % 4; -1 when one is broken.
function work() {
  var ring = [];
  for (var s = 0; s < RING; s++) ring.push(null);
  var sevens = 0;
  var fours = 0;
  for (var i = 0; i < STEPS; i++) {
    var p = new Point(i % 1000, i % 7);
    var record = { step: i, point: p, parts: [p.x, p.y], tags: ["step", i] };
    record.parts.push(i % 4);
    var slot = i % RING;
    var old = ring[slot];
    ring[slot] = record;
    if (old !== null) {
      if (old.step !== i - RING || old.tags[1] !== old.step || old.parts[0] !== old.point.x) return -1;
      sevens += old.parts[1];
      fours += old.parts[2];
    }
  }
  return sevens * 10000000 + fours;
}

// 0 % k + 1 % k + ... + (n - 1) % k.
function sumOfRemainders(n, k) {
  var rest = n % k;
  return (n - rest) / k * (k * (k - 1) / 2) + rest * (rest - 1) / 2;
}

var replaced = STEPS - RING;
var want = sumOfRemainders(replaced, 7) * 10000000 + sumOfRemainders(replaced, 4);
var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = work();
  if (result !== want) ok = false;
}
console.log("shortlived", result, ok ? "ok" : "WRONG");
