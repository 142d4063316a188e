// A bound constructor as a parent class (its target runs with the bound arguments first, new.target
// the derived class), and the errors for a bound one without a prototype or a bound arrow.
function F(a, b) { this.s = [a, b]; }
const B = F.bind(null, 1);
B.prototype = F.prototype;
class X extends B { constructor() { super(2); } }
const x = new X();
console.log(x.s, x instanceof X, x instanceof F);
class P { constructor(...a) { this.a = a; this.t = new.target.name; } }
const BP = P.bind(null, "bound");
BP.prototype = P.prototype;
class Q extends BP { constructor(v) { super(v, 3); } m() { return this.a.length; } }
const q = new Q("v");
console.log(q.a, q.t, q.m(), q instanceof P);
class R extends BP {}
console.log(new R(9).a, new R().t);
try { class Y extends F.bind(null) {} } catch (e) { console.log(e.constructor.name, e.message); }
const arrowBound = (() => 1).bind(null);
try { class Z extends arrowBound {} } catch (e) { console.log(e.constructor.name, e.message); }
const fa = (() => 1).bind(null); try { new fa(); } catch (e) { console.log(e.constructor.name, e.message); }
