// Two fuzz finds in optimized code: an inlined setter at a polymorphic store must leave the assigned
// value (not the setter's result) as the assignment's value; charAt/charCodeAt take their index by
// ToIntegerOrInfinity (2**32 is past the end, not 0 as ToInt32 would make it; NaN is 0).
class K18 {
  constructor(x) { this.x = x; this.y = 7; }
  k(d) { return this.x - (typeof (-1.75)); }
  m(d) { return ((this.y <= d) + this.x) ^ this.k(d); }
  get v() { return this.x | this.y; }
  set v(q) { this.z = q; }
}
class K19 extends K18 {
  constructor(x) { super(x); this.w = 1; }
  m(d) { return (this.x ? d : this.y) + this.x; }
}
class K20 extends K19 {
  constructor(x) { super(x); this.w = 2; }
  m(d) { return this.x ^ this.x; }
}
var objs21 = [(new K18(1)), (new K19(2)), (new K20(3)), { x: 5, y: 0.5, m: (function (d) { return d >>> this.x; }) }];
function site22(o, d) {
  var r = o.m(d);
  r = r ^ (o.v = d + 1);
  return (r && o.v) / o.x;
}
var out = [];
for (let i = 0; i < 2377; i++) site22(objs21[i % 2], ((i % 9) - 4));
site22(objs21[0], "x,y");
for (let i = 0; i < 40; i++) out.push(site22(objs21[i % 4], (i % 13)));
console.log(out.join(" "));
function f(str, k) { return [str.charAt(k), str.charCodeAt(k), str[k], String.fromCharCode(str.charCodeAt(k))]; }
for (let i = 0; i < 3000; i++) f("hello", i % 5);
console.log(f("hello", 4294967296), f("hello", -0), f("", 9), f("Ä-ü", -0));
console.log(JSON.stringify(f("hello", 4294967296)));
for (let i = 0; i < 3000; i++) f("hello", (i % 5) + 0.5);
console.log(f("hello", NaN), f("hello", -0.5), f("hello", 2147483648), f("hello", -2147483649), f("hello", 4.9), f("hello", Infinity), f("hello", -Infinity));
