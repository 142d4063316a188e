// Object's static functions, Object.prototype methods, Function.prototype.call/apply/bind.
var o = { b: 1, a: 2, 10: 'ten', 2: 'two', c: undefined };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.keys([4, 5]), Object.keys('hi'), Object.keys(5), Object.values('ab'), Object.entries([7]), Object.keys(function () { }));
try { Object.keys(null); } catch (e) { console.log(e.name, e.message); }
try { Object.entries(undefined); } catch (e) { console.log(e.name, e.message); }
var target = { a: 1 };
console.log(Object.assign(target, { b: 2 }, null, { a: 3 }, 'xy'), Object.assign({}, [9, 8]), Object.assign([1, 2], [3]));
var fr = Object.freeze({ x: 1, inner: { y: 2 } });
fr.x = 5; fr.z = 1; fr.inner.y = 3;
console.log(fr, Object.isFrozen(fr), Object.isFrozen({}), Object.isFrozen(1), Object.freeze(7), Object.isExtensible(fr), Object.isExtensible({}));
var proto = { greet: function () { return 'hi ' + this.name; } };
var child = Object.create(proto);
child.name = 'kid';
console.log(child.greet(), Object.getPrototypeOf(child) === proto, Object.keys(child), proto.isPrototypeOf(child), Object.prototype.isPrototypeOf(child));
var bare = Object.create(null);
bare.k = 1;
console.log(bare, Object.getPrototypeOf(bare), Object.keys(bare), Object.create(proto, { v: { value: 5, enumerable: true }, h: { value: 6 } }));
try { Object.create(5); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf('s') === String.prototype, Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf(Object.prototype));
var d = {};
Object.defineProperty(d, 'hidden', { value: 42 });
Object.defineProperty(d, 'shown', { value: 'yes', enumerable: true, writable: true, configurable: true });
Object.defineProperty(d, 'comp', { get: function () { return this.shown + '!'; }, enumerable: true });
var store = 0;
Object.defineProperty(d, 'acc', { get: function () { return store; }, set: function (v) { store = v * 2; } });
d.acc = 21;
console.log(d, d.hidden, d.comp, d.acc, Object.keys(d), Object.getOwnPropertyNames(d), JSON.stringify(d));
console.log(Object.getOwnPropertyDescriptor(d, 'shown'), Object.getOwnPropertyDescriptor(d, 'hidden'), Object.getOwnPropertyDescriptor(d, 'nope'));
console.log(Object.getOwnPropertyDescriptor([1], 'length'), Object.getOwnPropertyDescriptor('ab', 0), Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyNames('ab'));
function tryIt(label, fn) { try { console.log(label, fn()); } catch (err) { console.log(label, err.name + ': ' + err.message); } }
tryIt('nonobj', function () { return Object.defineProperty(1, 'a', {}); });
tryIt('getter', function () { return Object.defineProperty({}, 'a', { get: 1 }); });
tryIt('setter', function () { return Object.defineProperty({}, 'a', { set: 'x' }); });
tryIt('both', function () { return Object.defineProperty({}, 'a', { get: function () { }, value: 1 }); });
tryIt('desc', function () { return Object.defineProperty({}, 'a', 1); });
tryIt('arr', function () { return Object.defineProperty([1, 2], '1', { value: 9 }); });
tryIt('props', function () { return Object.defineProperties({}, { p: { value: 1, enumerable: true }, q: { get: function () { return 2; }, enumerable: true } }); });
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}), Object.fromEntries([['a', 1], ['b', [2]]]), Object.fromEntries(new Map([['m', 1]])));
console.log(o.hasOwnProperty('a'), o.hasOwnProperty('toString'), o.hasOwnProperty(10), [1].hasOwnProperty(0), [1].hasOwnProperty('length'), 'ab'.hasOwnProperty(1), o.propertyIsEnumerable('a'), d.propertyIsEnumerable('hidden'));
var ts = Object.prototype.toString;
console.log(ts.call(null), ts.call(undefined), ts.call([]), ts.call({}), ts.call(1), ts.call('s'), ts.call(true), ts.call(function () { }), ts.call(new Map()), ts.call(new Set()), ts.call(Math), ts.call(JSON));
console.log(String({}), {}.toString(), ({ valueOf: function () { return 3; } }) * 2, typeof Object(), Object(null), Object(undefined), typeof new Object(), Object.prototype.valueOf.call(o) === o);
function greet(greeting, punct) { return greeting + ', ' + this.name + (punct || ''); }
var who = { name: 'Ada' };
console.log(greet.call(who, 'Hi', '!'), greet.apply(who, ['Hello']), greet.apply(who), greet.apply(who, { length: 2, 0: 'Yo', 1: '?' }));
var bound = greet.bind(who, 'Hey');
console.log(bound('.'), bound.name, bound.length, greet.bind(who).length, typeof bound, Math.max.apply(null, [3, 9, 2]), Math.min.call(null, 3, 1));
function Point(x, y) { this.x = x; this.y = y; }
var BoundPoint = Point.bind(null, 1);
var bp = new BoundPoint(2);
console.log(bp.x, bp.y, bp instanceof Point, Point.prototype.constructor === Point, Object.keys(bp));
tryIt('applyprim', function () { return greet.apply(who, 5); });
var counter = { n: 0, inc: function () { this.n++; return this; } };
var inc = counter.inc.bind(counter);
for (var i = 0; i < 2000; i++) inc();
var acc = 0;
for (var j = 0; j < 500; j++) acc += Object.keys({ a: j, b: j }).length + Object.values([j, j]).reduce(function (s, x) { return s + x; }, 0);
console.log(counter.n, acc, Object.entries({ x: 1 }).length);
