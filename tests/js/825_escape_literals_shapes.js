// Escape analysis with object literals: properties added after creation (map transitions,
// past the in-object slots too), nested literals, literals that escape through a call, a
// return or a closure, and an object that would hold itself.
function grow(i) {
  var o = {};
  o.a = i; o.b = i + 1; o.c = i + 2; o.d = i + 3; o.e = i + 4; o.f = i + 5; o.g = i + 6;
  return o.a + o.g + o.e;
}

function nested(i) {
  var o = { pos: { x: i, y: i * 2 }, vel: { x: 1, y: -1 }, name: "n" + (i % 3) };
  o.pos.x = o.pos.x + o.vel.x;
  o.pos = { x: o.pos.x * 2, y: o.pos.y };
  return o.pos.x + o.pos.y + o.name.length;
}

function escapes(i, sink) {
  var a = { v: i };
  var b = { v: i + 1 };
  var c = { v: i + 2 };
  var d = { self: null };
  d.self = d;
  sink.push(a);
  var f = function () { return b.v; };
  if (i % 1000 === 0) sink.push(f());
  return c;
}

var t = 0, sink = [];
for (var i = 0; i < 3000; i++) t += grow(i) + nested(i) + escapes(i, sink).v;
console.log(t, sink.length, sink[0], sink[1], sink[sink.length - 1]);
var big = {};
big.a = 1; big.b = 2; big.c = 3; big.d = 4; big.e = 5; big.f = 6; big.g = 7;
console.log(big, grow(1), nested(2));
