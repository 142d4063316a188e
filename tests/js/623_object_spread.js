// Object spread `{ ...o }`: own enumerable properties, in order, later ones winning.
const defaults = { host: 'localhost', port: 80, secure: false };
const user = { port: 8080, path: '/api' };
const config = { ...defaults, ...user, secure: true };
console.log(config, defaults);
const first = { a: 1, ...{ a: 2, b: 2 }, b: 3 };
console.log(first);
// Spreading non-objects: null/undefined are ignored, strings and arrays spread indexes.
console.log({ ...null, ...undefined, ...5, ...true, x: 1 });
console.log({ ...'hi' }, { ...[10, 20] }, { ...[] });
// Spread is shallow.
const nested = { inner: { v: 1 }, list: [1, 2] };
const clone = { ...nested };
clone.inner.v = 99;
clone.list = [];
console.log(nested, clone.inner === nested.inner);
// Inherited and non-enumerable properties are not copied.
const proto = { inherited: true };
const obj = Object.create(proto);
obj.own = 1;
Object.defineProperty(obj, 'hidden', { value: 2, enumerable: false });
console.log({ ...obj }, 'inherited' in { ...obj });
// Getters run during spread; the copy gets plain data.
let reads = 0;
const src = { get g() { reads++; return 'read ' + reads; } };
const s1 = { ...src }, s2 = { ...src };
console.log(s1, s2, reads);
// Spread of a class instance copies fields, not methods.
class P { x = 1; y = 2; sum() { return this.x + this.y; } }
const plain = { ...new P(), z: 3 };
console.log(plain, typeof plain.sum);
// Spread to update immutable-style records.
let state = { count: 0, items: [] };
for (let i = 0; i < 5; i++) state = { ...state, count: state.count + 1, items: [...state.items, i] };
console.log(state);
// Key order: integer keys first, then insertion order.
console.log({ b: 1, ...{ 2: 'two', a: 'A' }, 1: 'one' });
// Spread in a hot loop, merging shapes.
let acc = 0;
const bases = [{ a: 1 }, { a: 1, b: 2 }, { b: 3, c: 4 }];
for (let i = 0; i < 3000; i++) {
  const merged = { ...bases[i % 3], ...{ c: i % 5 }, d: 1 };
  acc += (merged.a || 0) + (merged.b || 0) + merged.c + merged.d;
}
console.log(acc);
// Spread of Map and Set objects: they have no own enumerable props.
console.log({ ...new Map([[1, 2]]) }, { ...new Set([1]) });
// Spread of a function copies its own enumerable props.
function fn() {}
fn.extra = 'e';
console.log({ ...fn });
