// process.hrtime() and process.hrtime(previous): only the shape and types are printed.
const t0 = process.hrtime();
console.log(Array.isArray(t0), t0.length, typeof t0[0], typeof t0[1], Number.isInteger(t0[0]), Number.isInteger(t0[1]));
console.log(t0[1] >= 0, t0[1] < 1e9, t0[0] >= 0);
let spin = 0;
for (let i = 0; i < 3000; i++) spin += i % 3;
const d = process.hrtime(t0);
console.log(Array.isArray(d), d.length, Number.isInteger(d[0]), Number.isInteger(d[1]), d[0] >= 0, d[1] >= 0, d[1] < 1e9, d[0] < 100, spin);
// Elapsed time in microseconds like a benchmark harness computes it.
function elapsedUs(start) {
  const [s, ns] = process.hrtime(start);
  return s * 1e6 + ns / 1e3;
}
const start = process.hrtime();
let acc = 0;
for (let i = 0; i < 4000; i++) acc += Math.sqrt(i);
const us = elapsedUs(start);
console.log(typeof us, us >= 0, Number.isFinite(us), Math.round(acc));
// Successive readings do not go backwards.
const a = process.hrtime(), b = process.hrtime();
const diff = (b[0] - a[0]) * 1e9 + (b[1] - a[1]);
console.log(diff >= 0);
// hrtime(previous) of a reading taken now is small.
const now = process.hrtime();
const small = process.hrtime(now);
console.log(small[0] === 0 || small[0] === 1, small.length);
// A new array is returned each call.
console.log(process.hrtime() !== process.hrtime(), typeof process.hrtime, typeof process.hrtime.bigint);
// Wrong argument types are TypeErrors.
for (const bad of ['x', 5, [1]]) {
  try { process.hrtime(bad); console.log('accepted', typeof bad); } catch (e) { console.log(e.name); }
}
