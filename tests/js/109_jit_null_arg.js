// Hot code that checks for null / missing objects and then meets them.
function nameLen(p) {
  if (p === null) { return -1; }
  return p.name.length;
}
var total = 0;
var people = [{ name: "ann" }, { name: "bartholomew" }, { name: "" }];
for (var i = 0; i < 5000; i++) { total += nameLen(people[i % 3]); }
console.log("lengths", total);
total = 0;
for (var j = 0; j < 3000; j++) { total += nameLen(j % 100 === 0 ? null : people[j % 3]); }
console.log("with nulls", total);
function sumList(node) {
  var s = 0;
  while (node !== null) { s += node.v; node = node.next; }
  return s;
}
var list = null;
for (var k = 0; k < 20; k++) { list = { v: k, next: list }; }
var ls = 0;
for (var r = 0; r < 250; r++) { ls += sumList(list); }
console.log("list sums", ls, sumList(null));
function safeX(o) { return o == null ? 0 : o.x; }
var sx = 0;
var inputs = [{ x: 1 }, null, { x: 2 }, undefined, { x: 3.5 }];
for (var m = 0; m < 4000; m++) { sx += safeX(inputs[m % 5]); }
console.log("safe", sx);
function eqNull(v) { return v == null; }
var cnt = 0;
var vals = [0, null, "", undefined, false, NaN];
for (var n = 0; n < 3000; n++) { if (eqNull(vals[n % 6])) { cnt++; } }
console.log("== null count", cnt);
