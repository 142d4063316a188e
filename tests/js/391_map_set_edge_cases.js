// Less common Map/Set behaviour: chaining, returns, size after mixed operations.
var m = new Map();
console.log(m.delete('nothing'), m.get(), m.size);
console.log(m.set('k', undefined).get('k'), m.has('k'), m.size);
var chained = new Map().set(1, 'a').set(2, 'b').set(1, 'c');
console.log(chained, chained.size);
var s = new Set().add('a').add('b');
console.log(s.add('a') === s, s.size);
console.log(new Set([[1], [1]]).size, new Map([[[1], 1], [[1], 2]]).size);
var m2 = new Map([['x', 1]]);
var copy = new Map(m2);
copy.set('x', 2);
console.log(m2.get('x'), copy.get('x'));
var s2 = new Set([1, 2, 3]);
console.log(s2.forEach((v) => v), m2.forEach(() => 1));
try {
  new Map([1, 2]);
} catch (e) {
  console.log('bad entries', e.name);
}
try {
  Map();
} catch (e) {
  console.log('Map without new', e.name);
}
var keysAfterClear = new Map([['a', 1]]);
var it = [];
keysAfterClear.forEach((v, k) => {
  it.push(k);
  keysAfterClear.clear();
});
console.log(it, keysAfterClear.size);
console.log(typeof Map, typeof Set, new Map() instanceof Object);
