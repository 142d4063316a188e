// Private class members: fields, methods, accessors, static ones, `#x in o`, brand checks
// with V8's messages, inheritance, nesting, and private members in hot (optimized) code.
class Counter {
  #count = 0;
  static #instances = 0;
  #step;
  constructor(step = 1) { this.#step = step; Counter.#instances++; }
  #bump() { this.#count += this.#step; return this; }
  inc() { return this.#bump(); }
  get value() { return this.#count; }
  set value(v) { this.#count = v; }
  static get instances() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
}
const c = new Counter(2); c.inc().inc(); c.value += 10;
console.log(c.value, Counter.instances, Counter.isCounter(c), Counter.isCounter({}), c);
console.log(Object.keys(c), Object.getOwnPropertyNames(c), JSON.stringify(c), "count" in c);

class Temperature {
  #celsius = 0;
  get #fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set #fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  setF(f) { this.#fahrenheit = f; return this; }
  report() { return `${this.#celsius.toFixed(1)}C = ${this.#fahrenheit.toFixed(1)}F`; }
}
console.log(new Temperature().setF(212).report(), new Temperature().report());

class Base { #secret = "base"; reveal() { return this.#secret; } static has(o) { return #secret in o; } }
class Derived extends Base { #secret = "derived"; mine() { return this.#secret; } }
const d = new Derived();
console.log(d.reveal(), d.mine(), Base.has(d), Base.has(new Base()), d instanceof Base);

class Outer {
  #x = 41;
  makeInner() {
    const outer = this;
    return new (class Inner { #y = 1; sum() { return outer.#x + this.#y; } })();
  }
}
console.log(new Outer().makeInner().sum());

const errors = [
  () => Counter.prototype.inc.call({}),
  () => Object.getOwnPropertyDescriptor(Counter.prototype, "value").get.call({}),
  () => { class A { #m() {} static w(o) { o.#m = 1; } } A.w(new A()); },
  () => { class A { get #g() { return 1; } static w(o) { o.#g = 1; } } A.w(new A()); },
  () => { class A { set #s(v) {} static r(o) { return o.#s; } } A.r(new A()); },
  () => { class A { static #sm() {} static r(o) { return o.#sm; } } A.r({}); },
  () => { class A { #f; static r(o) { o.#f = 1; } } A.r({}); },
  () => { class A { #f; static r(o) { return #f in o; } } A.r(7); },
];
for (const f of errors) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }

class Vec {
  #x; #y;
  constructor(x, y) { this.#x = x; this.#y = y; }
  add(o) { return new Vec(this.#x + o.#x, this.#y + o.#y); }
  #len2() { return this.#x * this.#x + this.#y * this.#y; }
  get length() { return Math.sqrt(this.#len2()); }
}
let v = new Vec(0, 0);
for (let i = 0; i < 3000; i++) v = v.add(new Vec(i % 3, 1));
console.log(v.length.toFixed(3));
let frozen = Object.freeze(new Counter()); frozen.inc(); console.log(frozen.value, Object.isFrozen(frozen));
console.log(typeof Counter.prototype.inc, Counter.name, String(Counter).length > 0);
