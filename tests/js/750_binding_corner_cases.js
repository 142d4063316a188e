// Corners of the same rules: super() from an arrow after construction, delete super in static
// blocks and fields, (o?.#m)(), TDZ heads under labels, var arguments beside parameter defaults,
// super in a derived constructor's parameter defaults, block functions in class code.
function show(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.message); } }
class A { constructor() { this.a = 1; } }
var late;
class B extends A { constructor() { super(); late = () => super(); } }
new B();
show('late super', () => late());
var early;
class B2 extends A { constructor() { early = () => super(); return {}; } }
show('returned object', () => { new B2(); return typeof early(); });
show('delete super static block', () => { class C { static { try { delete super.x; } catch (e) { console.log('static block', e.name); } } } return 1; });
show('delete super field', () => { class C { x = (() => { try { delete super.y; } catch (e) { return e.name; } })(); } return new C().x; });
show('private optional call', () => { class P { #m() { return this instanceof P; } run(o) { return (o?.#m)(); } } return new P().run(new P()); });
show('labelled tdz', () => { l: for (let x of [x]) break l; });
show('var arguments', () => { function f(a = 1) { var arguments; return typeof arguments; } return f(); });
show('arguments in body', () => { function f(a = 1) { return arguments.length; } return f(1, 2); });
show('arrow tdz', () => ((a = b, b = 1) => a)());
show('nested default fn', () => { function f(a = function () { return b; }, b = 2) { return a(); } return f(); });
show('generator-free class ctor default', () => { class C extends A { constructor(x = super.constructor.name) { super(); this.x = x; } } return new C().x; });
show('super in param default of ctor', () => { class C extends A { constructor(x = (super(), 5)) { this.x = x; } } return new C().a; });
show('annex b in ctor', () => { class C { m() { { function g() {} } return typeof g; } } return new C().m(); });
show('annex b in sloppy method', () => ({ m() { { function g() {} } return typeof g; } }).m());
show('switch default only', () => { switch (0) { default: let q = 1; return q; } });
