// One function sees objects of the same shape, then of several shapes.
function getX(o) { return o.x; }
var same1 = { x: 1, y: 2 };
var same2 = { x: 10, y: 20 };
console.log(getX(same1), getX(same2));
var shapes = [
  { x: 1 },
  { x: 2, y: 0 },
  { y: 0, x: 3 },
  { a: 0, b: 0, x: 4 },
  { x: 5, z: "z" },
  { q: 1, r: 2, s: 3, x: 6 }
];
var total = 0;
for (var i = 0; i < 600; i++) {
  total += getX(shapes[i % shapes.length]);
}
console.log("poly total", total);
function Pt(x) { this.x = x; }
function Pt3(x) { this.z = 0; this.x = x; }
var mixed = [new Pt(1), new Pt3(2), { x: 3 }, new Pt(4)];
var acc = 0;
for (var j = 0; j < 400; j++) {
  acc += getX(mixed[j % 4]);
}
console.log("ctor mix", acc);
function setY(o, v) { o.y = v; return o; }
console.log(setY({}, 1), setY({ x: 1 }, 2), setY({ y: 0 }, 3), setY(new Pt(9), 4));
function describe(o) { return o.name + ":" + o.size; }
var things = [{ name: "a", size: 1 }, { size: 2, name: "b" }, { name: "c" }, { size: 4 }];
var d = [];
for (var k = 0; k < things.length; k++) { d.push(describe(things[k])); }
console.log(d);
