// A method call site over four classes (each arm inlined: super calls, helper methods three
// levels down), then a fifth and sixth shape (megamorphic), then a field of one instance
// changing kind under its inlined method, then arguments of other kinds.
class A { constructor(x) { this.x = x; } m(d) { return this.x + d; } }
class B { constructor(x) { this.y = 0; this.x = x; } m(d) { return this.k(d) * 2; } k(d) { return this.x - d; } }
class C extends A { m(d) { return super.m(d) + 1; } }
class D { constructor(x) { this.x = x; } m(d) { return this.h(d); } h(d) { return this.g(d) ^ 3; } g(d) { return this.x * d; } }
class E { constructor(x) { this.x = x; } m(d) { return -d; } }
var objs = [new A(1), new B(2), new C(3), new D(4), new E(5), { x: 6, m(d) { return d + this.x; } }];
function site(o, d) { var keep = d * 0.5; return o.m(d) + o.x + keep; }
function run(w, n, d) {
  var t = 0;
  for (let i = 0; i < n; i++) t = (t + site(objs[i % w], d === undefined ? i : d)) | 0;
  return t;
}
var out = [run(4, 1200), run(6, 100)];
objs[3].x = 0.5;
out.push(run(4, 8));
objs[1].x = "s";
out.push(run(4, 8));
objs[2].x = -0;
out.push(run(4, 8, -0), run(3, 8, 0.25));
console.log(out.join(" "));
console.log(site(objs[3], 2), site(objs[1], 2), site(objs[2], -0), site(objs[5], 1.5), site(objs[4], "z"));
