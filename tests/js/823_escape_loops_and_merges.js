// Escape analysis across control flow: an object updated in a loop keeps its fields in
// registers (phis); objects meeting other values at merges, or an older object of the same
// site still in use, are made for real. A deopt inside the loop materializes the running
// accumulator with its current fields.
function average(arr, n) {
  var acc = { total: 0, count: 0 };
  for (var i = 0; i < n; i++) {
    acc.total = acc.total + arr[i];
    acc.count++;
  }
  return acc.total / acc.count;
}

function pick(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var o = i % 3 === 0 ? { v: i } : { v: -i };
    var p = { w: o.v };
    if (i % 2) p = { w: 1 };
    s += o.v + p.w;
  }
  return s;
}

function chain(n) {
  var prev = null, sum = 0;
  for (var i = 0; i < n; i++) {
    var cur = { v: i, prev: prev };
    if (prev !== null) sum += prev.v;
    prev = cur;
  }
  return sum + (prev.prev.v === n - 2 ? 1 : 0);
}

function late(n) {
  var o = { a: 1 };
  for (var i = 0; i < n; i++) {
    if (i === n - 1) o.b = i;     // a property added on one path only
    o.a = o.a + 1;
  }
  return JSON.stringify(o);
}

var ints = [], mixed = [];
for (var i = 0; i < 100; i++) { ints.push(i); mixed.push(i); }
mixed[70] = 0.5;
var r = 0;
for (var k = 0; k < 60; k++) r += average(ints, 100);
console.log(r, average(mixed, 100), average(ints, 50));
console.log(pick(3000), chain(3000), late(3000), late(1));
