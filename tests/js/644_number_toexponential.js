// Number.prototype.toExponential with and without a digit count.
const nums = [0, -0, 1, 10, 123.456, 0.000123, 1e21, 1e-7, -98.76, 5e-324, 1.7976931348623157e308, 0.5, 1.25, 2.5];
for (const n of nums) {
  console.log(String(n).padEnd(24), n.toExponential(), n.toExponential(0), n.toExponential(2), n.toExponential(10));
}
console.log((NaN).toExponential(2), (Infinity).toExponential(), (-Infinity).toExponential(3));
console.log((123456).toExponential(2), (0.00015).toExponential(1), (1.45).toExponential(1), (1.55).toExponential(1));
console.log((12345).toExponential(undefined), (1).toExponential(100).length, (3).toExponential('2'), (7.77).toExponential(1.9));
for (const d of [-1, 101]) {
  try { (1).toExponential(d); console.log('no error', d); } catch (e) { console.log(d, e.name); }
}
// toExponential in a hot loop.
let out = [];
let digits = 0;
for (let i = 1; i <= 3000; i++) {
  const v = i * 1234.5678;
  const e = v.toExponential(3);
  digits += e.length;
  if (i % 1000 === 0) out.push(e);
}
console.log(out, digits);
// Parsing an exponent string back.
const back = Number((6.02214076e23).toExponential(4));
console.log(back, back === 6.0221e23, Number('1.5e-3'), +'2E2');
