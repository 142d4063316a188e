// The newer array methods (at, findLast, flat, flatMap, Array.from, entries) in hot loops together.
const rows = [];
for (let i = 0; i < 500; i++) rows.push([i, [i % 7, i % 11]]);
let total = 0;
for (let round = 0; round < 6; round++) {
  const flat = rows.flat(2);
  total += flat.at(-1) + flat.at(round);
  const fm = rows.flatMap(([i, [a, b]]) => (a + b) % 3 ? [] : [i]);
  total += fm.length + (fm.findLast(x => x % 2 === 0) || 0);
  total += rows.findLastIndex(([i]) => i % 97 === round);
}
console.log(total);
let sum = 0;
for (let i = 0; i < 3000; i++) {
  const xs = Array.of(i, i + 1, i + 2);
  const ys = Array.from(xs, x => x * 2);
  sum += ys.at(-1) - xs.at(0) + ys.lastIndexOf(2 * i + 2);
}
console.log(sum);
const word = 'abracadabra';
let letters = 0;
for (let i = 0; i < 2000; i++) {
  const chars = Array.from(word);
  letters += chars.lastIndexOf('a') + chars.findLastIndex(c => c === 'c');
}
console.log(letters);
let es = 0;
const base = [3, 1, 4, 1, 5, 9, 2, 6];
for (let i = 0; i < 3000; i++) for (const [k, v] of base.entries()) if (k === i % 8) es += v;
console.log(es);
