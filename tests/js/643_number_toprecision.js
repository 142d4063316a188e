// Number.prototype.toPrecision: significant digits, switching to exponent form, rounding.
const nums = [0, -0, 1, 123.456, 0.000123, 1234567, 1e21, 1e-7, -98.76, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 1.45, 99.99];
for (const n of nums) {
  console.log(String(n).padEnd(24), n.toPrecision(1), n.toPrecision(3), n.toPrecision(6), n.toPrecision(12));
}
console.log((123.456).toPrecision(), (123.456).toPrecision(undefined), (0).toPrecision(5), (1).toPrecision(21));
console.log((NaN).toPrecision(3), (Infinity).toPrecision(2), (-Infinity).toPrecision(2));
console.log((1e21).toPrecision(22), (123456789).toPrecision(9), (123456789).toPrecision(8), (0.00001).toPrecision(1));
console.log((1.005).toPrecision(3), (1.0049999).toPrecision(3), (0.1).toPrecision(20), (1 / 3).toPrecision(17));
console.log((25).toPrecision(1), (35).toPrecision(1), (0.25).toPrecision(1), (0.35).toPrecision(1), (-1.5).toPrecision(1));
// Out-of-range precision is a RangeError.
for (const p of [0, 101, -1]) {
  try { (1).toPrecision(p); console.log('no error', p); } catch (e) { console.log(p, e.name); }
}
console.log((1).toPrecision(100).length, (1).toPrecision('3'), (12.5).toPrecision(2.9));
// toPrecision on strings of results from a hot loop.
let s = '';
let sum = 0;
for (let i = 1; i <= 3000; i++) {
  const v = 1 / i;
  sum += Number(v.toPrecision(4));
  if (i % 750 === 0) s += v.toPrecision(3) + ' ';
}
console.log(s, sum.toPrecision(10));
