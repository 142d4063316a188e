// Number.isInteger, isNaN, isFinite, isSafeInteger and the Number constants.
const values = [0, -0, 1, 1.5, -2, 1e21, 2 ** 53, 2 ** 53 + 2, NaN, Infinity, -Infinity, '5', null, undefined, true, [], {}, '', 'NaN'];
for (const v of values) {
  console.log(String(v).padEnd(10), Number.isInteger(v), Number.isNaN(v), Number.isFinite(v), Number.isSafeInteger(v));
}
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2);
console.log(Number.EPSILON, Number.EPSILON === 2 ** -52, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_VALUE * 2, Number.MIN_VALUE / 2, -Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, typeof Number.NaN);
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt, Number.parseFloat('3.5kg'), Number.parseInt('42px', 10));
console.log(Number.isInteger(5.0), Number.isInteger(5.000000000000001), Number.isInteger(5.0000000000000001));
console.log(Number.isSafeInteger(Number.MAX_SAFE_INTEGER), Number.isSafeInteger(Number.MAX_SAFE_INTEGER + 1), Number.isSafeInteger(-Number.MAX_SAFE_INTEGER));
// Comparing with an epsilon.
function nearlyEqual(a, b) { return Math.abs(a - b) < Number.EPSILON * Math.max(1, Math.abs(a), Math.abs(b)); }
console.log(0.1 + 0.2 === 0.3, nearlyEqual(0.1 + 0.2, 0.3), nearlyEqual(1, 1.0001));
// Using the statics in a hot loop with mixed values.
let ints = 0, nans = 0, finite = 0;
for (let i = 0; i < 3000; i++) {
  const v = i % 4 === 0 ? i / 2 : i % 4 === 1 ? 0 / 0 : i % 4 === 2 ? i / 0 : i * 1.5;
  if (Number.isInteger(v)) ints++;
  if (Number.isNaN(v)) nans++;
  if (Number.isFinite(v)) finite++;
}
console.log(ints, nans, finite);
// The statics are functions with length 1 and do not coerce.
console.log(Number.isNaN.length, Number.isInteger('1'), Number.isFinite('1'), typeof Number.isFinite);
console.log(Object.keys(Number), Number.MAX_SAFE_INTEGER.toString(16), Number.MIN_VALUE.toString(), (Number.MAX_VALUE).toString().length);
