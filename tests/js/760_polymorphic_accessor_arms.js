// A polymorphic site whose arms call or inline a different getter each: a guard in one arm
// must not share a deopt exit whose values were loaded in another arm (the optimized code
// would not verify), and every arm still deopts to the right frame.
class P {
  constructor(x) { this.x = x; this.y = 2; }
  m(d) { return d + this.x; }
  get v() { return this.x - this.y; }
  set v(q) { this.z = q; }
}
class Q {
  constructor(x) { this.x = x; this.y = 1; }
  m(d) { return d - this.x; }
  get v() { return this.x * this.y; }
  set v(q) { this.z = q; }
}
class R {
  constructor(x) { this.y = -2; this.x = x; }
  m(d) { return d * this.x; }
  get v() { return this.x + this.y; }
  set v(q) { this.z = q; }
}
var objs = [new P(1), new Q(2), new R(3)];
function site(o, d) {
  var r = o.m(d);
  r = r - (o.v = d + 1);
  return r < o.v ? r : o.v + o.x;
}
var total = 0;
for (var i = 0; i < 3000; i++) total += site(objs[i % 3], i & 1023);
console.log("first", total);
objs[0].y = 0.5;                      // P's getter now gives a double
objs.push({ x: 7, y: 1, m: function (d) { return d; }, v: 0 });
for (var i = 0; i < 400; i++) total += site(objs[i % 4], i);
console.log("then", total);
