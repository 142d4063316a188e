// A callee stores a double (then a string) into a field its optimized callers read as an
// int32, on a constant object (a global never reassigned) and on an argument, while the
// callers are on the stack one, two and three frames up.
var POINT = { x: 1, y: 2 };
var kinds = [];
for (var p = 0; p < 3000; p++) kinds.push(p === 1200 ? 1 : p === 2400 ? 2 : 0);
var writers = [
  function (o) {},
  function (o) { o.x = 2.5; POINT.y = 0.25; },
  function (o) { o.x = "s"; POINT.y = "t"; }
];
function touch(o, i) { writers[kinds[i]](o); return i & 3; }
function inner(o, i) {
  var a = POINT.x + o.x;          // int32 until the callee changes the field
  var k = touch(o, i);
  return (a + k) * 2 + o.x + POINT.y;
}
function middle(o, i) { var m = POINT.y | 0; return inner(o, i) + m; }
function outer(o, i) { return middle(o, i) + "" === "NaN" ? -1 : middle(o, i); }
var mine = { x: 3, y: 4 };
var out = [];
for (var i = 0; i < 3000; i++) {
  var v = i % 2 ? outer(mine, i) : outer(POINT, i);
  if (i >= 1199 && i <= 1202 || i >= 2399 && i <= 2402 || i === 2999) out.push(v);
}
console.log(out.join(" "));
