// Functions made hot with numbers, then called with BigInts (and back): optimized code must deoptimize.
function add(a, b) { return a + b; }
function mul(a, b) { return a * b; }
function lessThan(a, b) { return a < b; }
function neg(a) { return -a; }
function inc(a) { a++; return a; }
function mix(a, b, m) { return (a * b + a - b) % m; }
let total = 0;
for (let i = 0; i < 3000; i++) total += add(i, 1) + mul(i, 2) - neg(i) + inc(i) + mix(i, 3, 1000) + (lessThan(i, 1500) ? 1 : 0);
console.log('numbers', total);
console.log(add(1n, 2n), mul(3n, 4n), lessThan(1n, 2n), neg(5n), inc(9n), add(2n ** 64n, 1n));
console.log(add('a', 1n), add(1.5, 2), mul(2, 3), neg(-0), inc(1.5), lessThan(2n, 1.5));
// BigInt and number results interleaved inside a hot loop.
let nsum = 0, bsum = 0n;
for (let i = 0; i < 4000; i++) {
  if (i % 3 === 0) bsum = add(bsum, BigInt(i));
  else nsum = add(nsum, i);
}
console.log('interleaved', nsum, bsum);
// Hot with BigInts first, then numbers.
let acc = 0n;
for (let i = 0n; i < 3000n; i++) acc = mix(acc + i, 7n, 1000003n);
console.log('mix bigint', acc, mix(10, 3, 1000), mix(10n, 3n, 1000n), mix(1.5, 2, 1000));
// A type error thrown out of optimized code when types mix.
function sumAll(arr) {
  let s = arr[0];
  for (let i = 1; i < arr.length; i++) s = s + arr[i];
  return s;
}
const numsArr = [], bigArr = [];
for (let i = 0; i < 200; i++) { numsArr.push(i); bigArr.push(BigInt(i)); }
for (let r = 0; r < 30; r++) sumAll(numsArr);
console.log(sumAll(numsArr), sumAll(bigArr), sumAll(['x', 1n, 2]));
const mixed = bigArr.slice();
mixed[150] = 150;
try { sumAll(mixed); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(sumAll(numsArr), sumAll(bigArr));
// Comparisons and equality that get hot on numbers and then see BigInts.
function eq(a, b) { return a == b; }
function seq(a, b) { return a === b; }
let eqs = 0;
for (let i = 0; i < 3000; i++) if (eq(i, i % 7) || seq(i, 2999)) eqs++;
console.log('eqs', eqs, eq(1n, 1), seq(1n, 1), eq(2n, 2n), seq(2n ** 65n, 2n ** 65n), eq(3n, '3'), eq(0n, false));
// Bitwise ops that go from int32 to BigInt.
function bits(a, b) { return ((a & b) | (a ^ b)) << (b & 3n ? 1n : 0n); }
function bitsN(a, b) { return ((a & b) | (a ^ b)) << 1; }
let bx = 0;
for (let i = 0; i < 3000; i++) bx = (bx + bitsN(i, 255)) | 0;
console.log('bits', bx, bits(12n, 10n), bits(-12n, 9n), bitsN(12, 10));
let by = 0n;
for (let i = 0n; i < 2000n; i++) by = (by ^ bits(i, 0xF0n)) + i;
console.log('bits big', by);
// Unary and typeof in a polymorphic hot function.
function describe(v) { return typeof v + ':' + (-v) + ':' + (v ? 't' : 'f'); }
const seen = new Map();
const values = [0, 1, -2.5, 0n, 5n, -(2n ** 70n)];
for (let i = 0; i < 3000; i++) {
  const d = describe(values[i % values.length]);
  seen.set(d, (seen.get(d) || 0) + 1);
}
console.log(seen);
// Back to numbers after all of the above.
let back = 0;
for (let i = 0; i < 2000; i++) back = add(back, mul(i % 10, 2));
console.log('back to numbers', back, add(0.1, 0.2), lessThan(-1, -0.5));
