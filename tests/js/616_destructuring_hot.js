// Destructuring in hot functions and loops: parameters, returns, swaps, rest.
function divmod(a, b) { return [Math.floor(a / b), a % b]; }
function polar({ x, y }) { return { r: Math.sqrt(x * x + y * y), quadrant: (x >= 0 ? 0 : 1) + (y >= 0 ? 0 : 2) }; }
let qs = 0, rs = 0;
for (let i = 1; i <= 3000; i++) {
  const [q, r] = divmod(i * 7, 13);
  qs += q;
  rs += r;
}
console.log(qs, rs);
let quadrants = [0, 0, 0, 0], rsum = 0;
for (let i = 0; i < 3000; i++) {
  const { r, quadrant } = polar({ x: (i % 11) - 5, y: (i % 7) - 3 });
  quadrants[quadrant]++;
  rsum += r;
}
console.log(quadrants, rsum.toFixed(6));
// Fibonacci with swaps.
let a = 0, b = 1;
for (let i = 0; i < 70; i++) [a, b] = [b, a + b];
console.log(a);
// Object rest and defaults in a hot loop; shapes change midway.
let keysSeen = 0, dsum = 0;
for (let i = 0; i < 2500; i++) {
  const src = i < 1250 ? { id: i, w: 2, extra: 1 } : { id: i, label: 'x', more: true, other: 0 };
  const { id, w = 1, ...others } = src;
  keysSeen += Object.keys(others).length;
  dsum += id * w;
}
console.log(keysSeen, dsum);
// Array rest in a recursive function.
function sumList([h, ...t]) { return h === undefined ? 0 : h + sumList(t); }
let s = 0;
for (let i = 0; i < 2000; i++) s += sumList([i, 1, 2]);
console.log(s);
// Parameter destructuring in arrow callbacks over many elements.
const items = [];
for (let i = 0; i < 4000; i++) items.push({ price: i % 50, qty: (i % 3) + 1, tag: ['a', 'b'][i % 2] });
const byTag = items.reduce((acc, { price, qty, tag }) => { acc[tag] = (acc[tag] || 0) + price * qty; return acc; }, {});
console.log(byTag);
// Type change: the same pattern sees ints, then doubles, then strings.
let mix = '';
for (let i = 0; i < 3000; i++) {
  const pairIn = i < 1000 ? [i, i + 1] : i < 2000 ? [i + 0.5, 0.25] : ['s', i];
  const [p, q] = pairIn;
  if (i % 999 === 0) mix += String(p + q) + ';';
}
console.log(mix);
