// Printing the iterators returned by keys/values/entries.
var m = new Map([['a', 1], ['b', 2]]);
console.log(m.keys());
console.log(m.values());
console.log(m.entries());
var s = new Set(['x', 'y']);
console.log(s.values());
console.log(s.entries());
var it = m.keys();
console.log(typeof it, [...it], [...it]);
