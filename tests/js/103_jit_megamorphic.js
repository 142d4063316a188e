// A property site that sees 5+ shapes becomes megamorphic; values must stay right.
function getV(o) { return o.v; }
var shapes = [
  { v: 1 },
  { a: 0, v: 2 },
  { a: 0, b: 0, v: 3 },
  { a: 0, b: 0, c: 0, v: 4 },
  { a: 0, b: 0, c: 0, d: 0, v: 5 },
  { v: 6, z: 0 },
  { q: "q", v: 7 },
  { r: null, s: null, t: null, u: null, w: null, x: null, y: null, z: null, v: 8 }
];
var sum = 0;
for (var i = 0; i < 4000; i++) { sum += getV(shapes[0]); }
console.log("mono", sum);
for (var j = 0; j < 6000; j++) { sum += getV(shapes[j % shapes.length]); }
console.log("mega", sum);
function setV(o, val) { o.v = val; }
for (var k = 0; k < 2000; k++) { setV(shapes[k % shapes.length], k); }
var vs = [];
for (var m = 0; m < shapes.length; m++) { vs.push(shapes[m].v); }
console.log(vs);
var missing = { other: 1 };
var count = 0;
for (var n = 0; n < 3000; n++) {
  var r = getV(n % 100 === 99 ? missing : shapes[n % 8]);
  if (r === undefined) { count++; }
}
console.log("undefined reads", count);
function addW(o) { o.w = 1; return o; }
var made = [];
for (var p = 0; p < 10; p++) { made.push(addW({ id: p })); }
console.log(made[9]);
