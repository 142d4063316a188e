// Patterns in for...of heads (let/const/var and bare assignment targets) and in for...in.
const points = [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 5 }];
for (const { x, y = 0 } of points) console.log('point', x, y);
const pairs = [[1, 'one'], [2, 'two'], [3]];
for (let [n, word = '?'] of pairs) { n *= 10; console.log(n, word); }
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
let total = 0;
for (const [k, v] of m) { total += v; console.log(k, v); }
for (const [k, v] of m.entries()) total += v;
console.log(total);
for (const [i, ch] of ['x', 'y', 'z'].entries()) console.log(i, ch);
for (const [key, value] of Object.entries({ p: 'P', q: 'Q' })) console.log(key + '->' + value);
for (var [first, ...others] of [[1, 2, 3], ['a']]) console.log(first, others);
console.log('var leaks:', first, others);
// Assignment targets in the head.
let a, b;
const seen = [];
for ([a, b] of [[1, 2], [3, 4]]) seen.push(a + b);
console.log(seen, a, b);
const box = {};
for ({ v: box.last } of [{ v: 'first' }, { v: 'second' }]) {}
console.log(box);
// Nested patterns over structured data.
const orders = [
  { id: 1, customer: { name: 'Ann' }, items: [{ sku: 'A', qty: 2 }, { sku: 'B', qty: 1 }] },
  { id: 2, customer: { name: 'Bob' }, items: [{ sku: 'C', qty: 5 }] },
];
for (const { id, customer: { name }, items: [{ sku: firstSku }, ...more] } of orders)
  console.log(id, name, firstSku, more.length);
// Set entries are [v, v] pairs.
for (const [v1, v2] of new Set(['s', 't']).entries()) console.log(v1, v2, v1 === v2);
// Each iteration gets a fresh binding: closures capture distinct values.
const fns = [];
for (const [i, ch] of [[0, 'a'], [1, 'b'], [2, 'c']]) fns.push(() => i + ch);
console.log(fns.map(f => f()));
// Patterns over strings.
for (const [c0, c1 = '-'] of ['ab', 'c', 'def']) console.log(c0, c1);
// A hot loop with destructuring heads.
const grid = [];
for (let i = 0; i < 3000; i++) grid.push([i, i % 7, { w: i % 3 }]);
let acc = 0;
for (const [i, r, { w }] of grid) acc += i * r - w;
console.log(acc);
// Destructuring in a for...in head is not allowed for objects, but `for (const k in o)` with k used in a pattern inside the body works.
const scores = { ann: [3, 4], bob: [5, 6] };
for (const k in scores) { const [s1, s2] = scores[k]; console.log(k, s1 * s2); }
// Classic for loop with a destructured initializer.
for (let [i, j] = [0, 10]; i < j; i += 3, j -= 3) console.log('ij', i, j);
