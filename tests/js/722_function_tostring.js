function foo(a, b = 2) { return a + b; /* c */ }
const arrow = (x) => x * 2, arrow2 = y => { return y; };
class A extends Object { static s() { return 1; } m(a) { return a; } get g() { return 1; } set g(v) {} constructor() { super(); } }
const o = { m() { return 1; }, ['k' + 1]() {}, get p() { return 2; }, f: function () {}, async: 1 };
console.log(foo.toString()); console.log(String(arrow), `${arrow2}`); console.log(A.toString());
console.log(A.s.toString(), A.prototype.m.toString(), Object.getOwnPropertyDescriptor(A.prototype, 'g').get.toString());
console.log(o.m.toString(), o.k1.toString(), Object.getOwnPropertyDescriptor(o, 'p').get + "", o.f + "");
console.log(Math.max.toString(), (function () {}).bind(null).toString(), new Function("a", "return a").toString());
console.log("%s", foo); console.log(foo + 1);
class B {} ; console.log(B.toString(), (class {}).toString());
try { class C extends (() => 1) {} } catch (e) { console.log(e.message); }
try { [1].map(5) } catch (e) { console.log(e.message); }
try { new Map().forEach(x => 1, 1); new Map([[1,2]]).forEach(undefined) } catch (e) { console.log(e.message); }
// edge: functions across lines, CRLF, unicode, nested, template
const f = function named(a,
   b) {
  return `x${a}` + b; // ünïcode ✓
};
console.log(f.toString());
const g = { h: (a) => ({ a }) };
console.log(g.h.toString(), String(g.h));
function outer() { return function inner() { return 1; }; }
console.log(outer().toString());
