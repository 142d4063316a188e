// Object.preventExtensions, seal and freeze, and isExtensible, isSealed and isFrozen, on
// objects, arrays and functions; the same objects met by hot store, delete and push sites.
function attempt(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
function levels(o) {
  return [Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o)].join('/');
}

const ne = Object.preventExtensions({ a: 1 });
const se = Object.seal({ a: 1, get g() { return 'g'; } });
const fr = Object.freeze({ a: 1, inner: { b: 2 } });
console.log(levels({}), levels(ne), levels(se), levels(fr));
console.log(levels(Object.preventExtensions({})), levels(Object.seal({ get only() { return 1; } })));
console.log(levels(Object.preventExtensions({ get only() { return 1; } })));
attempt('add to non-extensible', () => { ne.b = 2; return ne.b; });
attempt('strict add to non-extensible', () => { 'use strict'; ne.b = 2; });
attempt('write non-extensible', () => { ne.a = 5; return ne.a; });
attempt('delete from non-extensible', () => { 'use strict'; return delete ne.a; });
attempt('re-add after delete', () => { ne.a = 1; return ne.a; });
attempt('write sealed', () => { se.a = 7; return se.a; });
attempt('strict delete sealed', () => { 'use strict'; delete se.a; });
attempt('sloppy delete sealed', () => delete se.a);
attempt('sealed getter', () => se.g);
attempt('write frozen', () => { 'use strict'; fr.a = 2; });
attempt('nested stays writable', () => { fr.inner.b = 3; return fr.inner.b; });
attempt('defineProperty on non-extensible', () => Object.defineProperty(ne, 'z', { value: 1 }));
attempt('setPrototypeOf non-extensible', () => Object.setPrototypeOf(ne, {}));
attempt('same prototype is fine', () => Object.setPrototypeOf(ne, Object.prototype) === ne);
attempt('__proto__ write', () => { ne.__proto__ = Array.prototype; });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(se, 'a')),
            JSON.stringify(Object.getOwnPropertyDescriptor(fr, 'a')));
console.log(Object.preventExtensions(1), Object.seal('s'), Object.freeze(true), Object.isExtensible(1),
            Object.isSealed(null), Object.isFrozen('x'));

// Arrays: elements take the array's level; length stays writable unless frozen.
const na = Object.preventExtensions([1, , 3]);
attempt('fill a hole', () => { 'use strict'; na[1] = 2; });
attempt('write an element', () => { na[0] = 10; return na.join(); });
attempt('append by index', () => { 'use strict'; na[3] = 4; });
attempt('push', () => na.push(4));
attempt('pop', () => na.pop() + ' ' + na.length);
attempt('shrink by length', () => { na.length = 1; return JSON.stringify(na); });
attempt('grow by length', () => { na.length = 3; return na.length; });
console.log(levels(na), levels(Object.preventExtensions([])), levels(Object.preventExtensions([1])));
const sa = Object.seal([1, 2, 3]);
attempt('sealed element write', () => { sa[1] = 20; return sa.join(); });
attempt('sealed pop', () => sa.pop());
attempt('sealed shift', () => sa.shift());
attempt('sealed shrink', () => { 'use strict'; sa.length = 1; });
attempt('sealed sloppy shrink', () => { sa.length = 1; return sa.length; });
attempt('sealed delete', () => delete sa[0]);
attempt('sealed reverse', () => sa.reverse().join());
attempt('sealed sort', () => sa.sort((x, y) => x - y).join());
attempt('sealed push', () => sa.push(4));
console.log(levels(sa), JSON.stringify(Object.getOwnPropertyDescriptor(sa, '0')));
const fa = Object.freeze([1, 2]);
attempt('frozen element', () => { 'use strict'; fa[0] = 5; });
attempt('frozen length', () => { 'use strict'; fa.length = 0; });
console.log(levels(fa), fa.join());

// Functions: their built-in name and length are configurable.
function f() {}
Object.preventExtensions(f);
console.log(levels(f), levels(Object.seal(function g() {})), levels(Object.freeze(() => 1)));
attempt('call a frozen function', () => Object.freeze(function h(x) { return x * 2; })(21));

// Hot sites: stores, additions, deletes and pushes see objects of every level.
function Box(v) { this.v = v; }
function setV(b, v) { b.v = v; return b.v; }
function addW(b) { b.w = 1; return b.w; }
function addWStrict(b) { 'use strict'; b.w = 1; return b.w; }
function dropV(b) { return delete b.v; }
let acc = 0;
for (let i = 0; i < 3000; i++) {
  const b = new Box(i);
  acc += setV(b, i + 1) + addW(new Box(0));
  if (i % 3 === 0) acc += dropV(new Box(1)) ? 1 : 0;
}
console.log('acc', acc);
const lockedBoxes = [Object.preventExtensions(new Box(1)), Object.seal(new Box(2)), Object.freeze(new Box(3))];
for (const b of lockedBoxes) {
  console.log(levels(b), setV(b, 9), addW(b), dropV(b), b.v, 'w' in b);
  attempt('strict add', () => addWStrict(b));
}
function pushAll(arr, n) { for (let i = 0; i < n; i++) arr.push(i); return arr.length; }
function storeAll(arr) { const n = arr.length; for (let i = 0; i < n + 1; i++) arr[i] = i * 2; return arr.join(); }
for (let i = 0; i < 300; i++) { pushAll([], 10); storeAll([1, 2, 3]); }
attempt('hot push into non-extensible', () => pushAll(Object.preventExtensions([0]), 3));
attempt('hot push into sealed', () => pushAll(Object.seal([0]), 3));
const target = Object.seal([7, 7, 7]);
attempt('hot stores into sealed', () => storeAll(target));
console.log(target.join(), levels(target));

// The non-mutating built-ins treat a sealed or non-extensible array as the array it is.
const sealedList = Object.seal([1, 2]);
console.log(sealedList.concat([3]), [0].concat(sealedList), sealedList.slice(1), sealedList.map(x => x * 2),
            sealedList.indexOf(2), sealedList.join('-'), [...sealedList], Array.from(Object.preventExtensions([4, 5])));
