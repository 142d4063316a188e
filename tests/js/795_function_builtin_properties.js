// A function's name and length are read-only and configurable (deleting one shows the
// inherited one; redefining changes what console.log shows); prototype is writable and
// non-configurable on plain functions, read-only on classes and built-in constructors.
// ToPrimitive of an object with neither toString nor valueOf is a TypeError.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
const desc = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k));
function plain(a, b) { return a + b; }
class Base { constructor(x) { this.x = x; } }
class Derived extends Base {}
const arrow = (p) => p;
const getter = Object.getOwnPropertyDescriptor({ get id() { return 1; } }, 'id').get;

console.log(desc(plain, 'name'), desc(plain, 'length'), desc(plain, 'prototype').replace('{}', 'obj'));
console.log(desc(Base, 'prototype').replace('{}', 'obj'), desc(Boolean, 'prototype'), desc(getter, 'name'));
console.log(desc(Function.prototype, 'name'), desc(Function.prototype, 'length'));
attempt('sloppy name write', () => { plain.name = 'other'; return plain.name; });
attempt('strict name write', () => { 'use strict'; plain.name = 'other'; });
attempt('strict length write', () => { 'use strict'; arrow.length = 3; });
attempt('strict built-in name write', () => { 'use strict'; Math.max.name = 'x'; });
attempt('class prototype write', () => { 'use strict'; Base.prototype = {}; });
attempt('sloppy class prototype write', () => { Base.prototype = {}; return typeof Base.prototype.constructor; });
attempt('built-in prototype write', () => { Boolean.prototype = 1; return typeof Boolean.prototype; });
attempt('plain prototype write', () => { const f = function () {}; f.prototype = 5; return f.prototype; });
attempt('delete plain prototype', () => delete plain.prototype);
attempt('delete name', () => [delete plain.name, plain.name === '', Object.getOwnPropertyNames(plain).join()].join(' '));
attempt('delete length', () => [delete plain.length, plain.length, Object.getOwnPropertyNames(plain).join()].join(' '));
attempt('derived inherits', () => { delete Derived.name; return Derived.name; });
attempt('redefine name', () => {
  const g = function g() {};
  Object.defineProperty(g, 'name', { value: 'renamed' });
  return [g.name, desc(g, 'name'), Object.getOwnPropertyNames(g).join()].join(' ');
});
attempt('writable length', () => {
  const g = function (a) {};
  Object.defineProperty(g, 'length', { writable: true });
  g.length = 7;
  return g.length;
});
const shown = function shown() {};
Object.defineProperty(shown, 'name', { value: 'visible' });
const anonymous = function named() {};
delete anonymous.name;
console.log(shown, anonymous, [shown]);
class Named { static name = 'static field'; }
console.log(Named.name, desc(Named, 'name'));

// Functions keep working in hot code after their name or length changed.
function add(a, b) { return a + b; }
let total = 0;
for (let i = 0; i < 3000; i++) {
  if (i === 1500) { delete add.name; Object.defineProperty(add, 'length', { value: 9 }); }
  total += add(i, 1) + add.length;
}
console.log(total, add.name === '', add.length);

// ToPrimitive without toString or valueOf.
const bare = Object.create(null);
attempt('String()', () => String(bare));
attempt('concatenation', () => 'x' + bare);
attempt('template', () => `${bare}`);
attempt('computed key', () => ({ [bare]: 1 }));
attempt('computed getter key', () => ({ get [bare]() { return 1; } }));
attempt('member key', () => ({})[bare]);
attempt('in', () => bare in {});
attempt('comparison', () => bare < 1);
bare.toString = () => 'now a string';
attempt('with own toString', () => 'x' + bare);
