// BigInts in hot loops, classes and closures: values must survive calls, OSR and deoptimization.
function sumTo(n) {
  let s = 0n;
  for (let i = 1n; i <= n; i++) s += i;
  return s;
}
console.log(sumTo(5000n), sumTo(5000n) === 5000n * 5001n / 2n, sumTo(0n), sumTo(1n));
function fib(n) {
  let a = 0n, b = 1n;
  for (let i = 0; i < n; i++) { const t = a + b; a = b; b = t; }
  return a;
}
console.log(fib(300));
console.log(fib(10), fib(93), String(fib(1000)).length, fib(1000) % 1000000007n);
// Small functions called thousands of times with BigInt arguments.
function square(x) { return x * x; }
function step(x, m) { return (square(x) + 1n) % m; }
let x = 2n;
const mod = 2n ** 61n - 1n;
for (let i = 0; i < 3000; i++) x = step(x, mod);
console.log('iterated', x);
// A class holding BigInt fields.
class Counter {
  constructor(start, by) { this.value = start; this.by = by; this.calls = 0; }
  tick() { this.value += this.by; this.calls++; return this.value; }
  scaled(k) { return this.value * k; }
}
const c1 = new Counter(0n, 3n), c2 = new Counter(10n ** 20n, -7n), c3 = new Counter(0, 3);
for (let i = 0; i < 2500; i++) { c1.tick(); c2.tick(); c3.tick(); }
console.log(c1.value, c2.value, c3.value, c1.calls, c1.scaled(2n), c3.scaled(2));
console.log(c1);
// Closures capturing BigInts and updating them.
function makeAccumulator(start) {
  let total = start;
  return { add(v) { total += v; return total; }, get() { return total; } };
}
const accA = makeAccumulator(0n), accB = makeAccumulator(2n ** 64n);
for (let i = 0n; i < 3000n; i++) { accA.add(i); accB.add(-i); }
console.log(accA.get(), accB.get());
const adders = [];
for (let k = 1n; k <= 5n; k++) adders.push(v => v * k + k);
let chained = 1n;
for (let r = 0; r < 600; r++) for (const f of adders) chained = f(chained) % 1000000000039n;
console.log('chained', chained);
// BigInt values live across calls in a loop (they must not be clobbered by callee temporaries).
function noisy(n) { let t = 0; for (let j = 0; j < 3; j++) t += j * n; return t; }
let live1 = 1n, live2 = -1n, live3 = 2n ** 100n;
for (let i = 0; i < 2000; i++) {
  const before = live1;
  const z = noisy(i);
  live1 = live1 + BigInt(z % 5);
  live2 = live2 * -1n;
  if (before > live1) console.log('went backwards');
  live3 = live3 - 1n;
}
console.log(live1, live2, live3);
// Accumulating products and divisions: 2^k stays exact.
let p = 1n, divs = 0;
for (let i = 0; i < 400; i++) p *= 2n;
while (p > 1n) { p /= 2n; divs++; }
console.log('divs', divs, p);
// An OSR-entered loop that mixes number counters with BigInt state.
let h = 1469598103934665603n;
let steps = 0;
for (let i = 0; i < 4000; i++) {
  h = ((h ^ BigInt(i & 255)) * 1099511628211n) & 0xFFFFFFFFFFFFFFFFn;
  steps++;
}
console.log('hash', h, h.toString(16), steps);
// Array of BigInts updated in place.
const cells = [];
for (let i = 0; i < 20; i++) cells.push(BigInt(i));
for (let r = 0; r < 150; r++) for (let i = 1; i < cells.length; i++) cells[i] = (cells[i] + cells[i - 1]) % 1000003n;
console.log(cells.slice(0, 5), cells[19]);
// A number speculation fails while BigInts are live in the same frame.
function work(a, b, flag) {
  const big = a * 3n + 1n;
  const num = b * 2;
  const r = flag ? num + 0.5 : num;
  return [big, r, big - a];
}
let last;
for (let i = 0; i < 3000; i++) last = work(BigInt(i), i, false);
console.log(last, work(2n ** 70n, 5, true), work(1n, 2 ** 31, false));
// RangeErrors thrown and caught inside a hot function.
function safeDiv(a, b) {
  try { return a / b; } catch (e) { return e.name; }
}
const outs = [];
for (let i = 0; i < 3000; i++) { const r = safeDiv(BigInt(i), BigInt(i % 5)); if (i < 6) outs.push(r); }
console.log(outs);
// Recursion, polymorphic receivers and a loop whose accumulator turns into a BigInt near the end.
function deep(n, total) { return n === 0n ? total : deep(n - 1n, total + n); }
let dd = 0n;
for (let i = 0; i < 200; i++) dd = deep(50n, dd);
function twice(o) { return o.v * 2n; }
const shapes = [{ v: 1n }, { v: 2n, w: 1 }, { w: 3, v: 3n }, { v: 4n, x: 1, y: 2 }];
let ps = 0n;
for (let i = 0; i < 4000; i++) ps += twice(shapes[i & 3]);
function mixedAcc(n) {
  let a = 0;
  for (let i = 0; i < n; i++) {
    if (i === n - 10) a = BigInt(a);
    a += typeof a === 'bigint' ? BigInt(i) : i;
  }
  return a;
}
console.log(dd, ps, mixedAcc(3000), mixedAcc(20), mixedAcc(5));
