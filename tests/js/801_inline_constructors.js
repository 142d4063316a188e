// `new` in hot code with the constructor inlined and the receiver allocated inline: fields
// added conditionally and past the object's in-object slots, constructors returning objects
// (which replace the receiver) or primitives (ignored), derived classes whose constructors
// return objects; then guards failing inside the inlined constructors.
function P(a, b) { this.a = a; if (b > 3) this.b = b; this.c = a + b; }
function Many(a) {
  this.a = a; this.p0 = 0; this.p1 = 1; this.p2 = 2; this.p3 = 3; this.p4 = 4;
  this.p5 = 5; this.p6 = 6; this.p7 = 7; this.p8 = a * 2; this.p9 = 9;
}
function R(a) { this.a = a; if (a > 1400) return { r: a }; if (a < 0) return [a]; this.b = a * 2; }
function Prim(a) { this.a = a; return a; }
class Base { constructor(x) { this.x = x; } }
class Der extends Base { constructor(x) { super(x + 1); if (x === 7.5) return { d: x }; this.y = x * 2; } }
class Der2 extends Der { constructor(x) { super(x); this.z = this.x + this.y; } }
function make(i, v) {
  var p = new P(i, v), m = new Many(i), r = new R(i), q = new Prim(i), d = new Der2(i);
  m.extra = v;
  return (p.a + p.c + (p.b === undefined ? 0 : p.b)) + m.p8 + m.p9 + m.extra
    + (r.a === undefined ? (r.r || r[0]) : r.a + r.b) + q.a + d.z;
}
function drive() { var t = 0; for (let i = 0; i < 1300; i++) t = (t + make(i, i & 7)) | 0; return t; }
console.log(drive());
console.log(make(1, 0.5), make(2, "s"), make(1500, 1), make(-1, 2), make(3, -0));
try { make(7.5, 1); } catch (e) { console.log(e instanceof TypeError); }
var d = new Der2(7.5);
console.log(JSON.stringify(d), d instanceof Der2, d instanceof Base);
function keys(o) { return Object.keys(o).join(""); }
console.log(keys(new P(1, 5)), keys(new P(1, 0)), keys(new P(1, 0.5)), keys(new Many(1)));
console.log(JSON.stringify(new R(1)), JSON.stringify(new R(2000)), JSON.stringify(new Prim("x")));
