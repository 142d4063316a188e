// class S extends String / Number / Boolean: super(...) makes the wrapper with the
// subclass's prototype; methods see this.length, indexes and valueOf.
class Str extends String {
  shout() { return this.toUpperCase() + "!"; }
  get first() { return this[0]; }
  size() { return this.length; }
}
var s = new Str("hey");
console.log(s, typeof s, s instanceof Str, s instanceof String, s instanceof Object);
console.log(s.shout(), s.first, s.size(), s.length, s[1], s + "?", s.valueOf(), String(s), `${s}`);
console.log(Object.keys(s), JSON.stringify(s), Object.prototype.toString.call(s), s == "hey", s.constructor.name);
console.log(Object.getPrototypeOf(s) === Str.prototype, Str.prototype instanceof String, s.slice(1));
class Num extends Number {
  constructor(v, unit) { super(v); this.unit = unit; }
  double() { return this * 2; }
  toString() { return this.valueOf() + this.unit; }
}
var n = new Num(21, "px");
console.log(n, n.double(), n + 1, `${n}`, String(n), n.toFixed(1), n.unit, JSON.stringify(n));
console.log(n instanceof Num, n instanceof Number, Object.prototype.toString.call(n), Number(n));
class Bool extends Boolean {
  not() { return !this.valueOf(); }
}
var b = new Bool(0), t = new Bool("x");
console.log(b, t, b.not(), t.not(), b ? "objects are truthy" : "never", b.toString(), JSON.stringify([b, t]));
// fields, a subclass of a subclass, arguments passed through
class Tagged extends Str {
  tag = "T";
  constructor(...args) { super(...args); this.made = args.length; }
  describe() { return this.tag + ":" + this + ":" + this.length; }
}
var g = new Tagged("abcd"), empty = new Tagged();
console.log(g, g.describe(), empty, empty.length, empty.describe(), g.shout(), g instanceof Str);
console.log(Object.keys(g), Object.getOwnPropertyNames(g), g.hasOwnProperty(3), g.hasOwnProperty("tag"));
// super() converts like the constructor does
class N2 extends Number {}
class S2 extends String {}
console.log(new N2("12"), new N2(), new N2(true), new N2(3n), new S2(12), new S2(null), new S2([1, 2]));
// methods of the built-in prototype and the subclass both work, and console.log names the class
class Money extends Number {
  static of(x) { return new Money(x); }
  plus(o) { return Money.of(this + o); }
}
var total = Money.of(1.25).plus(2).plus(new Money(0.5));
console.log(total, total.toFixed(2), total instanceof Money, [Money.of(1), Money.of(2)]);
// an extra own property shows after the value
var lbl = new Str("lbl"); lbl.note = "n";
console.log(lbl, [lbl], { lbl: lbl });
// many instances (the subclass's maps are shared)
var sum = 0, parts = [];
for (var i = 0; i < 300; i++) {
  var x = new Num(i, "u");
  sum += x.double();
  if (i % 100 === 0) parts.push(String(x));
  var y = new Str("s" + i);
  sum += y.size();
}
console.log(sum, parts);
// a derived constructor that never calls super, and super called twice
class NoSuper extends String { constructor() { } }
try { new NoSuper("x"); } catch (e) { console.log(e.name, e.message); }
class Twice extends Number { constructor() { super(1); super(2); } }
try { new Twice(); } catch (e) { console.log(e.name, e.message); }
