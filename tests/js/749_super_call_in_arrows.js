// super() called from arrow functions in a derived constructor initializes its this (fields
// too); a second super() runs the parent constructor and then throws.
class A { constructor(v) { this.a = v; console.log('A runs'); } }
class B extends A { constructor() { const s = () => super(7); s(); console.log(this.a, this instanceof B); } }
new B();
class C extends A { constructor() { super(1); try { super(2); } catch (e) { console.log(e.name, e.message); } } }
new C();
class D extends A { f = 'field'; constructor() { const s = (x) => { super(x); return this; }; const t = s(3); console.log(t === this, this.f, this.a); } }
new D();
class E extends A { constructor() { const arrow = () => () => super(4); arrow()(); console.log(this.a); } }
new E();
class F extends A { constructor(k) { if (k) super(k); } }
try { new F(0); } catch (e) { console.log(e.name); }
console.log(new F(5).a);
var n = 0;
class G extends A { constructor(i) { (() => super(i))(); n += this.a; } }
for (let i = 0; i < 2000; i++) new G(i);
console.log(n);
