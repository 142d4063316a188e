// List: Takeuchi's function on linked lists (Gabriel's TAKL): numbers are lists of that length, "less
// than" is "shorter than", so every comparison walks two lists. Element is a constructor function.
// Self-check: tak(15, 10, 6) = 10, so the resulting list has 10 elements (and it is the list made for 10).
var ITERATIONS = 12;

function Element(value) {
  this.value = value;
  this.next = null;
}

function makeList(length) {
  if (length === 0) return null;
  var e = new Element(length);
  e.next = makeList(length - 1);
  return e;
}

function listLength(list) {
  var n = 0;
  while (list !== null) {
    n++;
    list = list.next;
  }
  return n;
}

function isShorterThan(x, y) {
  var xs = x;
  var ys = y;
  while (ys !== null) {
    if (xs === null) return true;
    xs = xs.next;
    ys = ys.next;
  }
  return false;
}

function tail(x, y, z) {
  if (isShorterThan(y, x)) {
    return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
  }
  return z;
}

var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  var ten = makeList(10);
  var answer = tail(makeList(15), ten, makeList(6));
  result = listLength(answer);
  if (result !== 10 || answer !== ten) ok = false;
}
console.log("list", result, ok ? "ok" : "WRONG");
