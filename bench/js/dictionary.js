// Dictionary: an object used as a dictionary of 20000 string keys, made afresh every iteration: every key
// added, read back and tested with `in`, a third of them deleted and half of those put back with new
// values, and the keys counted with for-in and Object.keys.
// Self-check: the sums of the values read, the counts and the first and last keys follow from the key
// numbers alone (see expected()).
var ITERATIONS = 8;
var KEYS = 20000;

// The keys in insertion order: "key" and a number, in a scrambled order (7919 is prime to KEYS).
function makeNames() {
  var names = [];
  for (var i = 0; i < KEYS; i++) names.push("key" + (i * 7919) % KEYS);
  return names;
}

function work() {
  var names = makeNames();
  var dict = {};
  var i;
  for (i = 0; i < KEYS; i++) dict[names[i]] = i;
  var sum = 0;
  for (i = 0; i < KEYS; i++) sum += dict[names[i]];
  // Delete every third key (in insertion order), then put back every other one of those with a new value.
  var deleted = 0;
  for (i = 0; i < KEYS; i += 3) {
    if (delete dict[names[i]]) deleted++;
  }
  for (i = 0; i < KEYS; i += 6) dict[names[i]] = -i;
  var present = 0;
  var after = 0;
  for (i = 0; i < KEYS; i++) {
    if (names[i] in dict) {
      present++;
      after += dict[names[i]];
    }
  }
  var counted = 0;
  for (var name in dict) counted++;
  var keys = Object.keys(dict);
  return [sum, deleted, present, after, counted, keys.length, keys[0], keys[keys.length - 1]];
}

// The same figures from the key numbers: which are left, with which values, and which came last.
function expected() {
  var sum = 0, deleted = 0, present = 0, after = 0, last = 0;
  for (var i = 0; i < KEYS; i++) {
    sum += i;
    if (i % 6 === 0) {
      deleted++;
      present++;
      after -= i;
      last = i;
    } else if (i % 3 === 0) {
      deleted++;
    } else {
      present++;
      after += i;
    }
  }
  return [sum, deleted, present, after, present, present, "key" + 7919 % KEYS, "key" + (last * 7919) % KEYS];
}

var want = expected();
var ok = true;
var result = null;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = work();
  for (var j = 0; j < want.length; j++) {
    if (result[j] !== want[j]) ok = false;
  }
}
console.log("dictionary", result.join(" "), ok ? "ok" : "WRONG");
