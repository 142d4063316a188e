// The global isNaN and isFinite coerce their argument with Number(); Number.isNaN/isFinite do not.
const values = ['', ' ', '12', '12px', '0x1A', '1e3', 'Infinity', '-Infinity', 'abc', null, undefined, true, false,
  [], [5], [1, 2], {}, NaN, 0 / 0, Infinity, -0, 3.14, '  7  ', '\n'];
for (const v of values) {
  const shown = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? '[' + v + ']' : String(v);
  console.log(shown.padEnd(12), isNaN(v), Number.isNaN(v), isFinite(v), Number.isFinite(v));
}
// Objects with valueOf are converted first.
const weird = { valueOf() { return 42; } };
const weirdStr = { toString() { return 'NaN?'; } };
console.log(isNaN(weird), isFinite(weird), isNaN(weirdStr), isFinite(weirdStr));
// Calls without arguments.
console.log(isNaN(), isFinite(), Number.isNaN(), Number.isFinite());
// isNaN as a filter.
const inputs = ['3', 'x', '4.5', '', 'NaN', '1e2'];
console.log(inputs.filter(s => !isNaN(s)), inputs.filter(s => isFinite(s) && s.trim() !== '').map(Number));
// The self-inequality test for NaN.
const nan = NaN;
console.log(nan !== nan, [NaN].includes(NaN), [NaN].indexOf(NaN), Object.is(nan, NaN));
// In a hot loop with values that change type.
let c1 = 0, c2 = 0;
for (let i = 0; i < 3000; i++) {
  const v = i % 3 === 0 ? String(i) : i % 3 === 1 ? 'x' + i : i / (i % 5);
  if (isNaN(v)) c1++;
  if (isFinite(v)) c2++;
}
console.log(c1, c2);
console.log(typeof isNaN, typeof isFinite, globalThis.isNaN === isNaN, isNaN === Number.isNaN);
