// new.target: the constructor new was applied to (through super() to the base class, through
// arrows to their function), undefined in a plain call, a field initializer, a static block and at
// a module's top level; functions that read it stay in the interpreter while their callers optimize.
function F() { console.log(typeof new.target, new.target === F); }
new F(); F();
function G() { const a = () => new.target; return a(); }
console.log(new G() instanceof G, G() === undefined);
class A { constructor() { console.log("A sees", new.target.name); } }
class B extends A { constructor() { super(); console.log("B sees", new.target.name); } }
class C extends B {}
new A(); new B(); new C();
class D extends A { constructor() { const f = () => super(); f(); } }
new D();
function Shape() { if (!new.target) return new Shape(); this.k = 1; }
console.log(Shape().k, new Shape().k);
const bound = F.bind(null);
new bound();
console.log(new.target);
class E { static { console.log("static", new.target); } x = new.target; }
console.log(new E().x);
function Hot(n) { this.n = n; this.t = new.target === Hot; }
let s = 0;
for (let i = 0; i < 3000; i++) { const h = new Hot(i); if (h.t) s += h.n; }
console.log(s);
function callsHot(i) { return new Hot(i).t; }
let c = 0;
for (let i = 0; i < 3000; i++) if (callsHot(i)) c++;
console.log(c);
class P { constructor(v) { this.v = v; this.who = new.target.name; } }
class Q extends P { constructor(v) { super(v * 2); } }
let w = "";
for (let i = 0; i < 2000; i++) { const q = i % 2 ? new Q(i) : new P(i); if (i > 1995) w += q.who + q.v + " "; }
console.log(w);
