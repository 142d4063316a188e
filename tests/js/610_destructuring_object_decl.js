// Object patterns in var/let/const: renaming, defaults, nesting, rest, computed keys.
const person = { name: 'Ada', age: 36, address: { city: 'London', zip: 'N1' }, tags: ['math', 'code'] };
const { name, age } = person;
console.log(name, age);
let { name: who, missing, alsoMissing = 'dflt', age: years = 99 } = person;
console.log(who, missing, alsoMissing, years);
var { address: { city, zip: postal, country = 'UK' }, tags: [firstTag, secondTag] } = person;
console.log(city, postal, country, firstTag, secondTag);
const { name: n2, ...others } = person;
console.log(n2, others, Object.keys(others));
const { ...copy } = person;
console.log(copy !== person, copy.address === person.address);

// Defaults apply only for undefined, not for null or other falsy values.
const { a = 1, b = 2, c = 3, d = 4, e = 5 } = { a: undefined, b: null, c: 0, d: '', e: false };
console.log(a, b, c, d, e);
// Defaults may refer to earlier bindings.
const { p = 10, q = p * 2, r = q + p } = { p: 3 };
console.log(p, q, r);
// Computed keys in patterns.
const key = 'dyn';
const { [key]: dynVal, ['x' + 1]: x1 = 'none' } = { dyn: 'D', x1: 'X1' };
console.log(dynVal, x1);
// Patterns read inherited properties and getters, but rest only copies own enumerable ones.
const proto = { inherited: 'yes' };
const child = Object.create(proto);
child.own = 'mine';
const { inherited, own, ...restChild } = child;
console.log(inherited, own, restChild);
let getterCalls = 0;
const withGetter = { get value() { getterCalls++; return 42; }, plain: 1 };
const { value, value: again } = withGetter;
console.log(value, again, getterCalls);
// Primitives are boxed: string length, number methods.
const { length, 0: firstChar } = 'hello';
const { toFixed } = 5;
console.log(length, firstChar, typeof toFixed);
// Destructuring null or undefined throws a TypeError.
for (const bad of [null, undefined]) {
  try {
    const { x } = bad;
    console.log('no error', x);
  } catch (err) {
    console.log(err instanceof TypeError, err.name);
  }
}
// Integer-like keys and order of rest keys.
const { 2: two, ...restNums } = { 3: 'c', 1: 'a', 2: 'b', z: 'z', y: 'y' };
console.log(two, restNums);
// Same property destructured twice with different defaults.
const { k: k1 = 'one', k: k2 = 'two' } = {};
console.log(k1, k2);
// Nested defaults: a default object that is itself destructured.
const { opts: { verbose = false, level = 1 } = { verbose: true } } = {};
console.log(verbose, level);
