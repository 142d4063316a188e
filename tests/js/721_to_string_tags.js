console.log(Math, JSON, BigInt.prototype, Map.prototype, Set.prototype);
console.log({a: {b: {c: {d: Math}}}}, [Math], {m: JSON});
console.log(Object.create(Math), Object.prototype.toString.call(Map.prototype), Object.prototype.toString.call(Object.create(BigInt.prototype)));
const o = Object.create(Math); o.x = 1; console.log(o, {a: {b: {c: o}}});
class Foo {} ; console.log(Object.prototype.toString.call(new Foo()));
