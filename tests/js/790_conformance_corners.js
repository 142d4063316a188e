// instanceof through bound functions and with a non-object prototype (also from hot code);
// Object.entries/values/assign re-checking each key when its turn comes; Object.assign into a
// primitive's wrapper; JSON.stringify nesting without end is a RangeError, not a hang.
// Static class members named name or length replace the built-in ones; a computed static one
// named prototype is a TypeError.
function F() {}
const B = F.bind(null);
const BB = B.bind(null);
console.log(new F() instanceof B, {} instanceof B, new F() instanceof BB, new B() instanceof F);
class C {}
const BC = C.bind(null);
console.log(new C() instanceof BC, new BC() instanceof C);
function G() {}
for (const p of [1, "abc", undefined, null, true, 10n]) {
  G.prototype = p;
  try { console.log(({}) instanceof G); } catch (e) { console.log(e.constructor.name, e.message); }
  console.log(1 instanceof G);
}
function H() {}
let n = 0;
for (let i = 0; i < 3000; i++) { if ((i % 2 ? new H() : {}) instanceof H) n++; }
H.prototype = 7;
try { ({}) instanceof H; } catch (e) { console.log(e.message); }
function check(x, c) { return x instanceof c; }
for (let i = 0; i < 3000; i++) check(new F(), i % 2 ? F : B);
console.log(n, check(new F(), B), check({}, BB));
{
const o = { get a() { delete this.b; return 1; }, b: 2, c: 3 };
console.log(Object.entries(o), Object.values({ get a() { delete this.b; return 1; }, b: 2, c: 3 }));
const p = { get a() { Object.defineProperty(this, "b", { enumerable: false }); return 1; }, b: 2, c: 3 };
console.log(Object.entries(p));
const t = {};
Object.assign(t, { get a() { delete this.b; return 1; }, b: 2, c: 3 });
console.log(t);
const s = Object.assign("test", { a: 1 });
console.log(typeof s, s.a, s.length, String(s));
const n = Object.assign(5, { x: 2 });
console.log(typeof n, n.x, n + 1);
try { Object.assign(null, {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.assign("ab", { 0: "z" }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.entries("hi"), Object.values([1, , 3]), Object.entries({ 2: "b", 1: "a", x: 0 }));
}
{
const o = { toJSON() { return { v: { toJSON: o.toJSON } }; } };
try { JSON.stringify(o); } catch (e) { console.log(e.constructor.name, e.message); }
let deep = [];
for (let i = 0; i < 2000; i++) deep = [deep];
console.log(JSON.stringify(deep).length);
try { JSON.stringify([1], (k, v) => [v]); } catch (e) { console.log(e.constructor.name, e.message); }
}
{
class A { static name() { return "m"; } static length() { return 1; } static method() {} }
console.log(typeof A.name, A.name(), typeof A.length, Object.getOwnPropertyNames(A));
class B { static get name() { return "got"; } }
console.log(B.name, Object.getOwnPropertyNames(B));
class C { static name = "field"; }
console.log(C.name, Object.getOwnPropertyNames(C));
try { class D { static ["prototype"]() {} } } catch (e) { console.log(e.constructor.name, e.message); }
try { class E { static get ["prototype"]() {} } } catch (e) { console.log(e.constructor.name, e.message); }
class F { static x() {} }
console.log(Object.getOwnPropertyNames(F));
console.log(Object.keys(class { static name = "f"; static length = 2; }));
}
