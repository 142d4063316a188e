// class A extends Array: super(...) runs the Array constructor, which makes an Array exotic
// object whose prototype is A.prototype: `length` tracks the elements, Array.isArray is true,
// A's methods and Array's both apply, and console.log names the class. The methods that make
// new arrays through ArraySpeciesCreate (map, filter, slice, splice, concat, flat, flatMap)
// make A's instances; the others (toReversed, toSorted, with, Array.from, Array.of) plain ones.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
  get top() { return this.peek(); }
  static make(...xs) { return new this(...xs); }
}

var s = new Stack(1, 2, 3);
console.log(s, s.length, Array.isArray(s), s instanceof Stack, s instanceof Array);
console.log(Object.getPrototypeOf(s) === Stack.prototype, s.constructor === Stack, s.peek(), s.top);
console.log(new Stack(), new Stack(3), new Stack('3'), new Stack(3).length, Stack.make(7, 8));
try {
  new Stack(-1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  new Stack(2 ** 32);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Stack(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// length is the array's: writes past the end grow it, setting it truncates
s.push(4);
s[9] = 10;
console.log(s.length, s);
s.length = 2;
console.log(s, s.length, JSON.stringify(s), String(s), Object.keys(s));

// species: the methods that make arrays make Stacks
var t = Stack.make(5, 1, 4, 2, 3);
var mapped = t.map(function (x) { return x * 10; });
console.log(mapped, mapped instanceof Stack, mapped.peek());
console.log(t.filter(function (x) { return x % 2; }) instanceof Stack, t.filter(function (x) { return x > 2; }));
console.log(t.slice(1, 3), t.slice(1, 3) instanceof Stack);
console.log(t.concat([6], 7), t.concat().constructor.name);
console.log(Stack.make([1, [2]], 3).flat(), Stack.make(1, 2).flatMap(function (x) { return [x, x]; }));
var removed = t.splice(0, 2);
console.log(removed, removed instanceof Stack, t);
console.log(t.toReversed(), t.toSorted(), t.with(0, 0), t.toSpliced(0, 1));
console.log(t.toReversed() instanceof Stack, Array.from(t) instanceof Stack, Array.of(1) instanceof Stack);
console.log(t.sort() === t, t, t.reverse() === t, t.fill(0, 1) === t, t);
console.log(t.indexOf(0), t.includes(4), t.join('-'), t.at(-1), [...t], t.entries().next());

// a subclass with its own constructor, fields and super calls
class Tagged extends Array {
  label = 'tagged';
  constructor(label, ...items) {
    super(...items);
    this.label = label;
  }
  describe() { return this.label + ':' + super.join('|'); }
}
var g = new Tagged('nums', 1, 2, 3);
console.log(g, g.length, g.describe(), g.label);
// species calls the constructor with the new length as its one argument
var m = g.map(function (x) { return x + 1; });
console.log(m, m.label, m.length);

// a subclass of a subclass
class Deep extends Stack {
  constructor(...xs) {
    super(...xs);
  }
  sum() { return this.reduce(function (a, b) { return a + b; }, 0); }
}
var d = new Deep(1, 2, 3);
console.log(d, d.sum(), d.peek(), d instanceof Stack, d.map(function (x) { return x; }) instanceof Deep);

// the species constructor is looked up on `constructor`
var plainOne = Stack.make(1, 2);
plainOne.constructor = Array;
console.log(plainOne.map(function (x) { return x; }) instanceof Stack);
plainOne.constructor = undefined;
console.log(plainOne.map(function (x) { return x; }));
plainOne.constructor = function NotAnArray() {};
console.log(plainOne.map(function (x) { return x; }));
plainOne.constructor = 5;
try {
  plainOne.map(function (x) { return x; });
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// instances of one class share their maps: many of them, hot methods, all tiers
class Vec extends Array {
  dot(o) {
    var s = 0;
    for (var i = 0; i < this.length; i++) s += this[i] * o[i];
    return s;
  }
}
var total = 0;
for (var i = 0; i < 3000; i++) {
  var v = new Vec(i, 1, 2);
  v.push(i % 7);
  total += v.dot(v) + v.length;
}
console.log(total);

// Array.of and Array.from construct `this` when it is a constructor other than Array
var of1 = Stack.of(1, 2), of2 = Stack.from([3, 4]), of3 = Stack.from({length: 2, 0: 'a'}), of4 = Stack.from('hi', function (x) { return x + x; });
console.log(of1, of2, of3, of4, of1 instanceof Stack, of2 instanceof Stack, of3 instanceof Stack, Array.isArray(of3));
function F(n) { this.n = n; }
console.log(Array.of.call(F, 1, 2), Array.from.call(F, [7]), Array.from.call(F, {length: 1, 0: 'x'}));
console.log(Array.of.call(undefined, 1), Array.of.call(Math.max, 1), Array.from.call({}, [1]));
console.log(Array.of(3), Array.from([1, , 3]), Array.from({length: 2}));
