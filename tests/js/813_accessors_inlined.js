// Getters and setters found on prototype chains, inlined at hot property accesses; compound
// assignments and updates through them; then the prototype's accessor replaced, shadowed by a
// data property or by an own accessor, and a setter appearing on Object.prototype.
class A { constructor(x) { this.x = x; } get v() { return this.x + 1; } }
class B extends A {}
class C extends B { get w() { return this.x * 2; } set w(q) { this.x = q - 1; } }
function read(o) { return o.v * 2; }
function upd(o) { o.w += 3; o.w++; return o.w; }
function drive(a, b, c) {
  var t = 0;
  for (let i = 0; i < 1100; i++) t = (t + read(i & 1 ? a : b) + read(c) + upd(c)) | 0;
  return t;
}
var a = new A(1), b = new B(2), c = new C(3);
console.log(drive(a, b, c), read(a), read(b), c.x);
c.x = 0.5; console.log(read(c), upd(c));
c.x = "7"; console.log(read(c), upd(c));
Object.defineProperty(A.prototype, "v", { get() { return this.x * 100; }, configurable: true });
console.log(read(a), read(b), read(c));
Object.defineProperty(B.prototype, "v", { value: 7, writable: true, configurable: true });
console.log(read(a), read(b), read(c));
b.v = 9;
console.log(read(b));
Object.defineProperty(b, "v", { get() { return -1; }, configurable: true });
console.log(read(b));
function write(o, q) { o.z = q; return o.z; }
class S { set z(q) { this._z = q * 3; } get z() { return this._z; } }
var plain = {}, s = new S();
for (let i = 0; i < 1100; i++) { write({}, i); write(s, i); }
console.log(write(plain, 2), write(s, 2), s._z);
Object.defineProperty(Object.prototype, "z", { set(q) { this._o = q; }, get() { return "proto"; }, configurable: true });
console.log(write({}, 5), write(plain, 6));
delete Object.prototype.z;
console.log(write({}, 5));
