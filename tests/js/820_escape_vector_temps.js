// Escape analysis: temporary vectors made by inlined methods never leave the hot loop, so
// optimized code keeps their fields in registers; objects that do escape (stored, returned,
// kept across iterations) are still real and behave the same.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  dot(o) { return this.x * o.x + this.y * o.y; }
  cross(o) { return this.x * o.y - this.y * o.x; }
}

function energy(n) {
  var e = 0;
  for (var i = 0; i < n; i++) {
    var a = new Vec(i, i + 1);
    var b = new Vec(2, -1);
    var c = a.add(b).scale(0.5).sub(new Vec(1, 1));
    e += c.dot(c) + a.cross(b);
  }
  return e;
}

function kept(n) {
  // the objects escape into an array: allocated for real
  var out = [];
  for (var i = 0; i < n; i++) {
    var v = new Vec(i, -i).scale(2);
    if (i % 500 === 0) out.push(v);
  }
  return out;
}

function walk(n) {
  // a loop-carried object: the previous iteration's object is live when the next is made
  var p = new Vec(0, 0);
  var step = new Vec(1, 2);
  for (var i = 0; i < n; i++) p = p.add(step);
  return p;
}

function identity(n) {
  var same = 0, differ = 0;
  for (var i = 0; i < n; i++) {
    var a = { v: i };
    var b = a;
    var c = { v: i };
    if (a === b) same++;
    if (a !== c) differ++;
    if (a == c) differ--;
    if (a != null && c !== undefined) same++;
  }
  return [same, differ];
}

console.log(energy(3000));
var k = kept(3000);
console.log(k.length, k[0], k[5], k[5] instanceof Vec);
console.log(walk(3000));
console.log(identity(3000).join(" "));
console.log(energy(10), walk(3).x);
