// process.hrtime.bigint() the way benchmark harnesses use it: only deterministic facts are printed.
const t0 = process.hrtime.bigint();
console.log(typeof t0, t0 > 0n, typeof process.hrtime.bigint);
let work = 0;
for (let i = 0; i < 3000; i++) work += i % 7;
const dt = process.hrtime.bigint() - t0;
console.log(typeof dt, dt >= 0n, typeof Number(dt), Number.isInteger(Number(dt)), work);
// Converting nanoseconds to milliseconds, as a number and as a BigInt.
const ms = Number(dt) / 1e6, msBig = dt / 1000000n;
console.log(typeof ms, ms >= 0, typeof msBig, msBig >= 0n, msBig <= dt);
// Successive readings never go backwards.
let prev = process.hrtime.bigint(), monotonic = true;
for (let i = 0; i < 200; i++) {
  const now = process.hrtime.bigint();
  if (now < prev) monotonic = false;
  prev = now;
}
console.log('monotonic', monotonic);
// A tiny benchmark harness: time each function, report only the shape of the results.
function bench(name, fn, iterations) {
  const start = process.hrtime.bigint();
  let result;
  for (let i = 0; i < iterations; i++) result = fn(i);
  const elapsed = process.hrtime.bigint() - start;
  return { name, result, elapsed, perIter: elapsed / BigInt(iterations) };
}
const results = [
  bench('square', i => i * i, 2000),
  bench('bigSquare', i => BigInt(i) * BigInt(i), 2000),
  bench('concat', i => 'x' + i, 1000),
];
for (const r of results) {
  console.log(r.name, r.result, typeof r.elapsed, r.elapsed >= 0n, r.perIter >= 0n, r.perIter <= r.elapsed);
}
const totalNs = results.reduce((a, r) => a + r.elapsed, 0n);
console.log('total is a bigint', typeof totalNs, totalNs >= 0n, totalNs >= results[0].elapsed);
// hrtime() and hrtime.bigint() describe the same clock: within a minute of each other.
const pair = process.hrtime(), big = process.hrtime.bigint();
const fromPair = BigInt(pair[0]) * 1000000000n + BigInt(pair[1]);
const gap = big - fromPair;
console.log('same clock', gap >= 0n, gap < 60n * 1000000000n);
// Formatting an elapsed time the way a harness prints it, using a fixed value.
function formatNs(ns) {
  const whole = ns / 1000000n, frac = (ns % 1000000n) / 1000n;
  return `${whole}.${String(frac).padStart(3, '0')} ms`;
}
console.log(formatNs(1234567n), formatNs(5000n), formatNs(0n), formatNs(98765432123n));
