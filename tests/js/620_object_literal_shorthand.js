// Shorthand properties and shorthand methods in object literals.
const name = 'widget', size = 3, tags = ['a', 'b'];
const item = { name, size, tags };
console.log(item, item.tags === tags);
function makePoint(x, y) { return { x, y, norm() { return Math.hypot(this.x, this.y); } }; }
const pt = makePoint(3, 4);
console.log(pt.norm(), Object.keys(pt), typeof pt.norm);
// Shorthand methods use `this` of the call, and can be detached.
const counter = {
  count: 0,
  inc() { this.count++; return this; },
  add(n = 1) { this.count += n; return this; },
  get() { return this.count; },
};
console.log(counter.inc().inc().add(5).add().get());
const other = { count: 100, inc: counter.inc };
console.log(other.inc().count, counter.count);
// Mixed shorthand, regular and method properties; the order is kept.
const mixed = { size, label: 'L', name, toString() { return 'Mixed(' + this.label + ')'; } };
console.log(Object.keys(mixed), String(mixed), `${mixed}`, mixed + '!');
// Shorthand methods with rest, defaults and destructured parameters.
const tools = {
  sum(...xs) { return xs.reduce((a, b) => a + b, 0); },
  pick({ a, b = 'B' }) { return a + b; },
  first([h]) { return h; },
};
console.log(tools.sum(1, 2, 3, 4), tools.pick({ a: 'A' }), tools.first('xyz'));
// Methods are not constructors, but ordinary function properties are.
const factory = { Make: function () { this.made = true; }, method() {} };
console.log(new factory.Make().made);
try { new factory.method(); } catch (e) { console.log(e.name); }
// Shorthand names that are also global names.
const undefinedValue = undefined, NaNish = NaN;
console.log({ undefinedValue, NaNish, Infinity, console: typeof console });
// Shorthand properties in nested literals and arrays.
const a = 1, b = 2;
const nested = { outer: { a, b, inner: { a } }, list: [{ a }, { b }] };
console.log(JSON.stringify(nested));
// Methods referencing the object through closures, and arrows inside methods.
const timer = {
  ticks: [1, 2, 3],
  total() { let s = 0; this.ticks.forEach(t => { s += t * this.ticks.length; }); return s; },
};
console.log(timer.total());
// Redefining a key: the last one wins, but the position is the first.
const dup = { a: 1, b: 2, a: 3 };
console.log(dup, Object.keys(dup));
// Methods printed by console.log.
console.log({ m() {}, f: function () {}, g: () => 1 });
console.log(typeof counter.inc.name, counter.inc.name, tools.sum.length, tools.pick.length);
