// keys/values/entries on arrays, Maps and Sets, and for...of over them.
const arr = ['a', 'b', 'c'];
for (const k of arr.keys()) console.log('key', k, typeof k);
for (const v of arr.values()) console.log('value', v);
for (const e of arr.entries()) console.log('entry', e);
console.log([...arr.keys()], [...arr.entries()], Array.from(arr.values()));
// Holes appear in keys/values/entries (unlike Object.keys).
const holey = [1, , 3];
console.log([...holey.keys()], [...holey.values()], Object.keys(holey));
// The iterator objects: next() by hand.
const it = arr.values();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
// Iterators are live: changes to the array during iteration are seen.
const live = [1, 2, 3];
const out = [];
for (const v of live) { out.push(v); if (v === 1) live.push(4); }
console.log(out);
// Map iteration: for...of gives [k, v] pairs; keys/values/entries.
const m = new Map([['x', 1], ['y', 2]]);
m.set('z', 3);
for (const pair of m) console.log('map', pair);
for (const k of m.keys()) console.log('map key', k);
for (const v of m.values()) console.log('map value', v);
for (const e of m.entries()) console.log('map entry', e[0], e[1]);
console.log([...m], [...m.keys()].join(''), Array.from(m.values()).reduce((a, b) => a + b));
// Set iteration: values, keys (same), entries as [v, v].
const s = new Set(['p', 'q']);
s.add('p').add('r');
for (const v of s) console.log('set', v);
console.log([...s.keys()], [...s.values()], [...s.entries()]);
// Deleting during Map iteration skips the deleted entry; added entries are visited.
const m2 = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [k] of m2) { seen.push(k); if (k === 1) { m2.delete(2); m2.set(4, 'd'); } }
console.log(seen);
// Iterating entries in a hot loop.
const big = [];
for (let i = 0; i < 3000; i++) big.push(i % 13);
let acc = 0;
for (const [i, v] of big.entries()) acc += i * v;
for (const i of big.keys()) acc -= i;
for (const v of big.values()) acc += v;
console.log(acc);
const counts = new Map();
for (const v of big) counts.set(v, (counts.get(v) || 0) + 1);
let weighted = 0;
for (const [k, c] of counts.entries()) weighted += k * c;
console.log(counts.size, weighted);
// Printing iterators.
console.log(arr.keys(), arr.entries(), typeof arr.values().next);
