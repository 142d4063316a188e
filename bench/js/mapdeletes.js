// MapDeletes: a Map as a sliding window. Each step sets an object key and a string key, reads both back,
// and deletes the two keys set WINDOW steps before, so 200000 entries pass through a map that holds
// 2 x WINDOW between steps; at the end the entries left are iterated with for-of.
// Self-check: every get, has and delete answers as it must, and the sums follow from the step numbers.
var ITERATIONS = 3;
var STEPS = 100000;
var WINDOW = 1000;

function Entry(id) {
  this.id = id;
}

function name(i) {
  return "s" + i;
}

// The sum of what was read and what was left; -1 when the map answered wrongly.
function work() {
  var map = new Map();
  var recent = [];   // the object keys of the last WINDOW steps
  var read = 0;
  for (var i = 0; i < STEPS; i++) {
    var key = new Entry(i);
    map.set(key, i);
    map.set(name(i), key);
    read += map.get(key) + map.get(name(i)).id;
    if (i >= WINDOW) {
      var old = recent[i % WINDOW];
      if (!map.delete(old) || !map.delete(name(old.id)) || map.has(old) || map.delete(old)) return -1;
    }
    recent[i % WINDOW] = key;
  }
  if (map.size !== 2 * WINDOW) return -1;
  var left = 0;
  for (var entry of map) {
    if (typeof entry[0] === "string") {
      if (entry[0] !== name(entry[1].id)) return -1;
      left += entry[1].id;
    } else {
      if (entry[1] !== entry[0].id) return -1;
      left += entry[1];
    }
  }
  return read + left;
}

// read: 2 x (0 + ... + STEPS - 1); left: twice the last WINDOW steps.
var want = STEPS * (STEPS - 1) + 2 * (STEPS - 1 + STEPS - WINDOW) * WINDOW / 2;
var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = work();
  if (result !== want) ok = false;
}
console.log("mapdeletes", result, ok ? "ok" : "WRONG");
