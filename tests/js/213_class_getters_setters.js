// Getters and setters on classes.
class Rect {
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }
  get area() {
    return this.w * this.h;
  }
  get size() {
    return this.w + 'x' + this.h;
  }
  set size(s) {
    var parts = s.split('x');
    this.w = Number(parts[0]);
    this.h = Number(parts[1]);
  }
}
var r = new Rect(3, 4);
console.log(r.area, r.size);
r.size = '10x20';
console.log(r.w, r.h, r.area, r.size);
console.log(r);
class Temperature {
  constructor() {
    this._c = 0;
    this.log = [];
  }
  get c() {
    this.log.push('get c');
    return this._c;
  }
  set c(v) {
    this.log.push('set c ' + v);
    this._c = v;
  }
  get f() {
    return this.c * 9 / 5 + 32;
  }
  set f(v) {
    this.c = (v - 32) * 5 / 9;
  }
}
var t = new Temperature();
t.c = 100;
console.log(t.f);
t.f = 212;
console.log(t.c);
console.log(t.log);
// setter returns are ignored; assignment expression value is the right side
var x = (t.c = 5);
console.log(x, t.c);
// getter in a hot loop
var sum = 0;
var rr = new Rect(2, 3);
for (var i = 0; i < 3000; i++) {
  rr.w = i % 7;
  sum += rr.area;
}
console.log(sum);
// only-getter: sloppy assignment is ignored
class Const {
  get value() {
    return 1;
  }
}
var k = new Const();
k.value = 99;
console.log(k.value);
