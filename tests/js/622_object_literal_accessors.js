// Getters and setters in object literals.
const temp = {
  celsius: 0,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; },
};
console.log(temp.fahrenheit);
temp.fahrenheit = 212;
console.log(temp.celsius, temp.fahrenheit, Object.keys(temp));
console.log(temp);
// Getter only: assignment is ignored in sloppy code.
const ro = { get answer() { return 42; } };
ro.answer = 1;
console.log(ro.answer);
// Setter only: reading gives undefined.
const wo = { log: [], set value(v) { this.log.push(v); } };
wo.value = 'a';
wo.value = 'b';
console.log(wo.value, wo.log);
// Accessors are enumerable and JSON.stringify calls getters.
const lazy = { calls: 0, get computed() { this.calls++; return 'c' + this.calls; } };
console.log(JSON.stringify(lazy), JSON.stringify(lazy), lazy.calls);
// Spread and Object.assign copy the getter's value, not the getter.
const copy = { ...lazy };
const desc = Object.getOwnPropertyDescriptor(copy, 'computed');
console.log(copy.computed, copy.computed, typeof desc.get, desc.value);
// Getters on a prototype run with the receiver as `this`.
const base = { get id() { return 'id-' + this.n; } };
const child = Object.create(base);
child.n = 7;
console.log(child.id, 'id' in child, child.hasOwnProperty('id'));
// A getter and a data property with the same name: last definition wins.
const later = { x: 1, get x() { return 'getter'; } };
const earlier = { get x() { return 'getter'; }, x: 2 };
console.log(later.x, earlier.x);
// Accessor names that are keywords or numbers.
const odd = { get if() { return 'if'; }, get 1() { return 'one'; }, set 'two words'(v) { this.tw = v; } };
odd['two words'] = 'set!';
console.log(odd.if, odd[1], odd.tw);
// Getters used in a hot loop.
const rect = { w: 2, h: 3, get area() { return this.w * this.h; }, set side(s) { this.w = s; this.h = s; } };
let total = 0;
for (let i = 0; i < 3000; i++) {
  if (i % 1000 === 0) rect.side = i / 1000 + 1;
  total += rect.area;
}
console.log(total, rect.w, rect.h);
// Getters that throw.
const fragile = { get boom() { throw new TypeError('no value'); } };
try { fragile.boom; } catch (e) { console.log(e.name, e.message); }
// get and set used as ordinary names.
const names = { get: 1, set: 2, get get2() { return 'g'; }, set() { return 'method named set'; } };
console.log(names.get, names.set(), names.get2);
