// Object.defineProperty on arrays: a read-only length (no growth by index, push or length
// writes; redefinitions refused), elements that are read-only, non-configurable,
// non-enumerable or accessors (the array goes to dictionary elements, as in V8), length
// cuts stopping at a non-configurable element; descriptors, keys, JSON and console.log;
// hot loops meeting such arrays.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
const desc = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k));

const fixed = [1, 2, 3];
Object.defineProperty(fixed, 'length', { writable: false });
console.log(desc(fixed, 'length'), Object.isExtensible(fixed), Object.isFrozen(fixed));
attempt('push', () => { 'use strict'; return fixed.push(4); });
attempt('append by index', () => { 'use strict'; fixed[3] = 4; });
attempt('sloppy append', () => { fixed[3] = 4; return fixed.length + ' ' + fixed[3]; });
attempt('write within', () => { fixed[0] = 9; return fixed.join(); });
attempt('length write', () => { 'use strict'; fixed.length = 1; });
attempt('sloppy length write', () => { fixed.length = 1; return fixed.length; });
attempt('pop', () => { 'use strict'; return fixed.pop(); });
attempt('define same length', () => Object.defineProperty(fixed, 'length', { value: 3 }).length);
attempt('define other length', () => Object.defineProperty(fixed, 'length', { value: 2 }));
attempt('make writable again', () => Object.defineProperty(fixed, 'length', { writable: true }));
attempt('define index past the end', () => Object.defineProperty(fixed, '5', { value: 1 }));
attempt('define index within', () => Object.defineProperty(fixed, '1', { value: 20 }).join());
attempt('invalid length', () => Object.defineProperty([], 'length', { value: -1 }));
attempt('length accessor', () => Object.defineProperty([], 'length', { get() { return 1; } }));
attempt('length configurable', () => Object.defineProperty([], 'length', { configurable: true }));
attempt('length value and read-only', () => {
  const a = [1, 2, 3, 4];
  Object.defineProperty(a, 'length', { value: 2, writable: false });
  return a.join() + ' ' + desc(a, 'length');
});

const nc = [0, 1, 2, 3];
Object.defineProperty(nc, '1', { configurable: false });
console.log(desc(nc, '1'), desc(nc, '0'));
attempt('shrink past it', () => { 'use strict'; nc.length = 0; });
console.log(nc.length, JSON.stringify(nc));
attempt('sloppy shrink', () => { nc.length = 0; return nc.length; });
attempt('delete it', () => { 'use strict'; delete nc[1]; });
attempt('sloppy delete it', () => delete nc[1]);
attempt('define length under it', () => Object.defineProperty(nc, 'length', { value: 0, writable: false }));
console.log(nc.length, desc(nc, 'length'));
attempt('redefine it', () => Object.defineProperty(nc, '1', { configurable: true }));
attempt('write it', () => { nc[1] = 'one'; return nc[1]; });

const ro = [0, 1, 2];
Object.defineProperty(ro, '1', { writable: false });
attempt('strict write', () => { 'use strict'; ro[1] = 5; });
attempt('sloppy write', () => { ro[1] = 5; return ro[1]; });
attempt('map over it', () => ro.map(x => x * 2).join());
attempt('fill over it', () => { 'use strict'; ro.fill(7); });
console.log(ro.join(), desc(ro, '1'));

const acc = [0, 1];
let log = [];
Object.defineProperty(acc, '0', { get() { return 'got'; }, set(v) { log.push(v); }, enumerable: true, configurable: true });
acc[0] = 'set';
console.log(acc[0], acc.join(), JSON.stringify(acc), acc.length, log.join(), acc.indexOf('got'));
console.log(acc, desc(acc, '0'));
Object.defineProperty(acc, '0', { value: 'data again' });
console.log(acc[0], desc(acc, '0'));

const hidden = [0, 1, 2];
Object.defineProperty(hidden, '2', { enumerable: false });
const seen = [];
for (const k in hidden) seen.push(k);
console.log(Object.keys(hidden).join(), seen.join(), JSON.stringify(hidden), hidden.join(), Object.getOwnPropertyNames(hidden).join());
console.log(hidden);

const frozen = Object.freeze([1, 2]);
attempt('restate frozen element', () => Object.defineProperty(frozen, '0', { value: 1 }).join());
attempt('change frozen element', () => Object.defineProperty(frozen, '0', { value: 2 }));
const sealed = Object.seal([1, 2]);
attempt('sealed element value', () => Object.defineProperty(sealed, '0', { value: 5 }).join());
attempt('sealed element read-only', () => { Object.defineProperty(sealed, '1', { writable: false }); sealed[1] = 9; return sealed.join() + ' ' + desc(sealed, '1'); });

// hot code meeting such arrays
function sumAll(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
function writeAll(a, v) { for (let i = 0; i < a.length; i++) a[i] = v; return a[0]; }
function grow(a) { a.push(1); return a.length; }
let total = 0;
for (let i = 0; i < 2000; i++) {
  total += sumAll([1, 2, 3]) + writeAll([0, 0], i) + grow([]);
}
const special = [1, 2, 3];
Object.defineProperty(special, '1', { get() { return 100; } });
total += sumAll(special) + writeAll(special, 5);
attempt('hot grow of a fixed length', () => grow(fixed));
console.log(total, special.join());

// An accessor or read-only index property on a prototype governs writes to a missing element.
let setterSaw;
Object.defineProperty(Array.prototype, '1', { set(v) { setterSaw = v; }, get() { return 'inherited'; }, configurable: true });
const viaSetter = [0];
viaSetter[1] = 'x';
console.log(viaSetter.length, setterSaw, viaSetter[1], [0, , 2][1]);
delete Array.prototype[1];
viaSetter[1] = 'y';
console.log(viaSetter.length, viaSetter[1]);
Object.defineProperty(Object.prototype, '3', { value: 'ro', writable: false, configurable: true });
const blocked = [];
blocked[3] = 1;
console.log(blocked.length, blocked[3]);
attempt('strict write under a read-only prototype index', () => { 'use strict'; const c = []; c[3] = 1; });
delete Object.prototype[3];
const after = [];
after[3] = 1;
console.log(after.length, after[3]);

// Hot stores into holes and appends, optimized before a prototype gets an index setter.
function fillUp(a, n) { for (let i = 0; i < n; i++) a[i] = i; return a.length; }
function pushUp(a, n) { for (let i = 0; i < n; i++) a.push(i); return a.length; }
function overwrite(a) { for (let i = 0; i < a.length; i++) a[i] = 'w'; return a.join(); }
let hotTotal = 0;
for (let i = 0; i < 2000; i++) { hotTotal += fillUp([], 5) + pushUp([], 5); overwrite([1, , 3]); }
let setterCalls = 0;
Object.defineProperty(Array.prototype, '2', { set(v) { setterCalls++; }, get() { return 'proto'; }, configurable: true });
console.log(hotTotal, fillUp([], 5), pushUp([], 5), overwrite([1, , , 4]), setterCalls,
            [1, 2].concat([3]).length, Array.from({ length: 4 }).join(), [7, 8, 9].map(x => x).join());
delete Array.prototype[2];
console.log(fillUp([], 3), pushUp([], 3), overwrite([1, , 3]));
