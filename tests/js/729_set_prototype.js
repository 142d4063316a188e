// Object.setPrototypeOf, {__proto__: p} in literals and the __proto__ accessor, with hot code whose
// prototype chains change under it; literals define own properties even past a setter on the chain.
const base = { greet() { return "hi " + this.name; } };
const o = { name: "o" };
Object.setPrototypeOf(o, base);
console.log(o.greet(), Object.getPrototypeOf(o) === base, o);
function Animal(n) { this.n = n; } Animal.prototype.speak = function () { return this.n + " speaks"; };
function Dog(n) { Animal.call(this, n); }
Object.setPrototypeOf(Dog.prototype, Animal.prototype);
const d = new Dog("rex"); console.log(d.speak(), d instanceof Animal, d instanceof Dog);
const bare = Object.setPrototypeOf({ a: 1 }, null); console.log(bare, Object.getPrototypeOf(bare));
try { Object.setPrototypeOf(base, o); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.setPrototypeOf(Object.freeze({}), base); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.setPrototypeOf({}, 5); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Object.setPrototypeOf(5, null), Object.setPrototypeOf([1, 2], base).greet !== undefined);
function speakAll(list) { let s = ""; for (const x of list) s += x.speak().length; return s; }
const animals = []; for (let i = 0; i < 2000; i++) animals.push(new Dog("d" + (i % 10)));
console.log(speakAll(animals).length);
Animal.prototype.speak = function () { return "changed"; };
console.log(speakAll(animals.slice(0, 3)));
const m = { m() { return 1; } }; const child = Object.create(m);
function callM(x) { return x.m(); } for (let i = 0; i < 2000; i++) callM(child);
Object.setPrototypeOf(child, { m() { return 2; } }); console.log(callM(child));
class A { hi() { return "A"; } } class B { hi() { return "B"; } }
const inst = new A(); function hi(x) { return x.hi(); } for (let i = 0; i < 2000; i++) hi(inst);
Object.setPrototypeOf(inst, B.prototype); console.log(hi(inst), inst instanceof B, inst);
{
const base = { hello() { return "hello " + this.n; } };
const o = { __proto__: base, n: 1 };
console.log(o.hello(), Object.keys(o), Object.getPrototypeOf(o) === base, o);
const dict = { __proto__: null, a: 1 }; console.log(Object.getPrototypeOf(dict), dict, "toString" in dict);
const notObj = { __proto__: 5, b: 2 }; console.log(Object.getPrototypeOf(notObj) === Object.prototype, notObj);
const computed = { ["__proto__"]: 7 }; console.log(Object.keys(computed), computed.__proto__ === 7);
const __proto__ = 3; const short = { __proto__ }; console.log(Object.keys(short));
function mk(i) { return { __proto__: base, n: i }; }
let t = ""; for (let i = 0; i < 3000; i++) t = mk(i).hello(); console.log(t);
console.log(o.__proto__ === base, ({}).__proto__ === Object.prototype, [].__proto__ === Array.prototype, "__proto__" in {});
const re = {}; re.__proto__ = base; re.n = 9; console.log(re.hello(), Object.keys(re));
re.__proto__ = 5; console.log(Object.getPrototypeOf(re) === base);
console.log(JSON.parse('{"__proto__": 1, "a": 2}'), Object.getOwnPropertyNames(Object.prototype).includes("__proto__"));
}
{
Object.defineProperty(Object.prototype, "x", { set(v) { console.log("setter!", v); }, get() { return "proto getter"; }, configurable: true });
function lit(i) { return { x: i, y: 2 }; }
let last; for (let i = 0; i < 3000; i++) last = lit(i);
console.log(Object.keys(last), last.x);
const plain = {}; plain.x = 5; console.log(Object.keys(plain), plain.x);
}
