// OrdinaryCallBindThis: a sloppy-mode function sees a primitive `this` as its wrapper
// object and undefined/null as the global object; strict functions, class bodies and
// arrows see the value as it is.
function kind() { return typeof this + (this instanceof Number ? ":Number" : this instanceof String ? ":String" :
  this instanceof Boolean ? ":Boolean" : this === globalThis ? ":global" : ""); }
function strictKind() { "use strict"; return typeof this + ":" + String(this); }
console.log(kind.call(3), kind.call("s"), kind.call(true), kind.call(1n), kind.call(undefined), kind.call(null));
console.log(kind.apply(4), kind.bind(5)(), kind(), kind.call({}), kind.call([]), kind.call(kind));
console.log(strictKind.call(3), strictKind.call("s"), strictKind.call(undefined), strictKind.call(null), strictKind());
console.log(strictKind.apply(true), strictKind.bind(2n)());
// methods added to the built-in prototypes, in sloppy and strict code
String.prototype.sloppyType = function () { return typeof this; };
String.prototype.strictType = function () { "use strict"; return typeof this; };
Number.prototype.self = function () { return this; };
Boolean.prototype.flip = function () { return !this.valueOf(); };
console.log("abc".sloppyType(), "abc".strictType(), (5).self(), typeof (5).self(), true.flip(), false.flip());
var five = (5).self(), again = (5).self();
console.log(five === again, five == again, five + again, five.valueOf() === 5, five instanceof Number);
// the wrapper is a fresh object each call: properties set on it do not stick to the primitive
String.prototype.mark = function () { this.marked = true; return this.marked; };
var str = "p";
console.log(str.mark(), str.marked, "p".marked);
// getters and setters on prototypes see the wrapper too
Object.defineProperty(Number.prototype, "boxed", { get: function () { return typeof this; }, configurable: true });
Object.defineProperty(Number.prototype, "strictBoxed", { get: function () { "use strict"; return typeof this; }, configurable: true });
console.log((1).boxed, (1).strictBoxed, 1.5.boxed);
// array callbacks get thisArg boxed in sloppy code only
[1].forEach(function () { console.log("forEach", typeof this, this instanceof Number, this + 1); }, 5);
[1].forEach(function () { "use strict"; console.log("forEach strict", typeof this, this); }, 5);
[1].forEach(function () { console.log("forEach no thisArg", this === globalThis); });
console.log([1, 2].map(function (x) { return typeof this + x; }, "t"), [3].filter(function () { return this.valueOf(); }, true));
console.log([1].some(function () { return this instanceof String; }, "s"), [2].find(function () { return this == 7; }, 7));
// arrows inside a sloppy function see the boxed this
function outer() { var arrow = () => typeof this; return arrow() + "/" + (this instanceof Number); }
console.log(outer.call(9), outer.call("x"), outer.call(null) === "object/false");
// class methods and static methods are strict
class C {
  m() { return typeof this; }
  static s() { return typeof this; }
}
console.log(C.prototype.m.call(1), C.s.call("x"), C.prototype.m.call(undefined));
// object literal methods in sloppy code are sloppy
var lit = { m() { return typeof this; }, f: function () { return this instanceof Boolean; } };
console.log(lit.m.call(1), lit.f.call(false), lit.m.call(undefined) === "object");
// a sloppy function called as a method of a primitive property value
var holder = { n: 7, fn: kind };
console.log(holder.fn(), kind.call(holder.n));
// this-boxing does not change what the function returns for objects
function identity() { return this; }
var obj = { a: 1 };
console.log(identity.call(obj) === obj, identity.call(globalThis) === globalThis, typeof identity.call(0));
console.log(identity.call(0) instanceof Number, identity.call("").length, identity.call(false) == false);
// Function.prototype methods reach the boxed this through call/apply/bind chains
var bound = identity.bind("bound");
console.log(typeof bound(), bound() instanceof String, bound().length, typeof identity.call.call(identity, 2));
