// Object.defineProperty's writable and configurable are enforced: stores into a read-only
// property (own or inherited) fail, non-configurable properties cannot be deleted or
// redefined, and hot store sites (inline caches, optimized code) keep the same rules.
function attempt(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
function describe(o, k) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return d === undefined ? 'none' : JSON.stringify(d);
}

const o = {};
Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
Object.defineProperty(o, 'fixed', { value: 2, writable: true, enumerable: true });
o.plain = 3;
console.log(describe(o, 'ro'), describe(o, 'fixed'), describe(o, 'plain'));
function sloppyStore(obj, v) { obj.ro = v; return obj.ro; }
function strictStore(obj, v) { 'use strict'; obj.ro = v; return obj.ro; }
attempt('sloppy read-only store', () => sloppyStore(o, 5));
attempt('strict read-only store', () => strictStore(o, 5));
attempt('strict delete non-configurable', () => { 'use strict'; return delete o.fixed; });
attempt('sloppy delete non-configurable', () => delete o.fixed);
attempt('writable non-configurable store', () => { o.fixed = 7; return o.fixed; });
attempt('redefine value of read-only', () => Object.defineProperty(o, 'ro', { value: 9 }));
attempt('redefine same value', () => describe(Object.defineProperty(o, 'ro', { value: 1 }), 'ro'));
attempt('make configurable', () => Object.defineProperty(o, 'fixed', { configurable: true }));
attempt('make enumerable false', () => Object.defineProperty(o, 'ro', { enumerable: false }));
attempt('writable -> read-only allowed', () => describe(Object.defineProperty(o, 'fixed', { writable: false }), 'fixed'));
attempt('read-only -> writable refused', () => Object.defineProperty(o, 'fixed', { writable: true }));
attempt('accessor on non-configurable data', () => Object.defineProperty(o, 'ro', { get() { return 1; } }));
console.log(JSON.stringify(o), Object.keys(o).join());

// Redefinitions keep the attributes a descriptor leaves out.
const k = { a: 1 };
Object.defineProperty(k, 'a', { writable: false });
console.log(describe(k, 'a'));
Object.defineProperty(k, 'a', { configurable: false });
console.log(describe(k, 'a'));
const acc = {};
Object.defineProperty(acc, 'g', { get() { return 'got'; }, configurable: true });
Object.defineProperty(acc, 'g', { enumerable: true });
console.log(acc.g, describe(acc, 'g'));
Object.defineProperty(acc, 'g', { value: 4 });
console.log(describe(acc, 'g'));

// An inherited read-only property blocks adding an own one by assignment (not by definition).
const proto = {};
Object.defineProperty(proto, 'shared', { value: 'proto' });
const child = Object.create(proto);
attempt('sloppy inherited read-only', () => { child.shared = 'own'; return child.shared; });
attempt('strict inherited read-only', () => { 'use strict'; child.shared = 'own'; });
Object.defineProperty(child, 'shared', { value: 'defined', writable: true });
console.log(child.shared, proto.shared);

// Hot store sites: the same function stores into writable and read-only objects.
function Point(x) { this.x = x; }
function setX(p, v) { p.x = v; }
function setXStrict(p, v) { 'use strict'; p.x = v; }
const points = [];
for (let i = 0; i < 2000; i++) {
  const p = new Point(i);
  setX(p, i + 1);
  setXStrict(p, i + 2);
  points.push(p);
}
const locked = new Point(-1);
Object.defineProperty(locked, 'x', { writable: false });
setX(locked, 100);
console.log('locked.x', locked.x);
attempt('hot strict store into read-only', () => setXStrict(locked, 100));
let sum = 0;
for (let i = 0; i < 2000; i++) { setX(points[i], 1); sum += points[i].x; }
console.log('sum', sum);

// Hot additions: a prototype gains a read-only property after the add site was hot.
function Thing() {}
function addTag(t, v) { t.tag = v; return t; }
for (let i = 0; i < 2000; i++) addTag(new Thing(), i);
Object.defineProperty(Thing.prototype, 'tag', { value: 'proto tag' });
const t = addTag(new Thing(), 'own');
console.log('tag', t.tag, Object.keys(t).length);
function addTagStrict(t, v) { 'use strict'; t.tag = v; return t; }
attempt('strict hot addition blocked', () => addTagStrict(new Thing(), 'own'));

// Non-configurable properties survive delete in a hot loop.
const keep = { a: 1, b: 2 };
Object.defineProperty(keep, 'a', { configurable: false });
let deleted = 0;
for (let i = 0; i < 1000; i++) { if (delete keep.a) deleted++; if (delete keep.b) deleted++; keep.b = i; }
console.log('deleted', deleted, keep.a, keep.b);

// Built-in constants are read-only and non-configurable.
attempt('Math.PI store', () => { Math.PI = 3; return Math.PI; });
attempt('strict Math.PI store', () => { 'use strict'; Math.PI = 3; });
attempt('delete Number.MAX_SAFE_INTEGER', () => delete Number.MAX_SAFE_INTEGER);
console.log(describe(Math, 'E'));

// Object.create and defineProperties take full descriptors.
const made = Object.create(null, { a: { value: 1, enumerable: true }, b: { value: 2, writable: true } });
made.a = 10; made.b = 20;
console.log(made.a, made.b, Object.keys(made).join(), describe(made, 'b'));
