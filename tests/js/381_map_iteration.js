// Iterating a Map: for...of, forEach, keys/values/entries, spread.
var m = new Map([['one', 1], ['two', 2], ['three', 3]]);
for (var entry of m) console.log(entry[0], entry[1]);
for (var k of m.keys()) console.log('key', k);
for (var v of m.values()) console.log('value', v);
for (var e of m.entries()) console.log('entry', e);
m.forEach(function (value, key, map) {
  console.log('forEach', key, value, map === m);
});
console.log([...m], [...m.keys()].join('+'), [...m.values()].reduce((a, b) => a + b));
var order = [];
m.delete('one');
m.set('four', 4);
m.set('one', 1);
m.forEach((v, k) => order.push(k));
console.log(order);
var added = [];
var g = new Map([[1, 'a']]);
for (var x of g) {
  added.push(x[0]);
  if (x[0] < 5) g.set(x[0] + 1, 'n');
}
console.log(added, g.size);
var del = new Map([[1, 1], [2, 2], [3, 3], [4, 4]]);
var seen = [];
del.forEach((v, k) => {
  seen.push(k);
  if (k === 1) del.delete(3);
});
console.log(seen);
var sum = 0;
var big = new Map();
for (var i = 0; i < 500; i++) big.set('k' + i, i);
for (var rep = 0; rep < 6; rep++) for (var pair of big) sum += pair[1];
console.log(sum);
