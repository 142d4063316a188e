// BigInt bitwise operators: two's-complement semantics with infinite precision.
console.log(~0n, ~1n, ~-1n, ~5n, ~-6n, ~(2n ** 64n));
console.log(12n & 10n, 12n | 10n, 12n ^ 10n);
console.log(-12n & 10n, -12n | 10n, -12n ^ 10n);
console.log(-12n & -10n, -12n | -10n, -12n ^ -10n);
console.log(0xFFFF_FFFF_FFFF_FFFFn & 0xF0F0n, (2n ** 100n) | 1n, (2n ** 100n) ^ (2n ** 100n));
console.log(-1n & (2n ** 70n - 1n), -(2n ** 70n) & 0xFFn, -(2n ** 70n) | 0xFFn);
// Shifts: no wrap-around at 32 or 64 bits.
console.log(1n << 0n, 1n << 31n, 1n << 32n, 1n << 63n, 1n << 64n, 1n << 100n);
console.log(5n << 3n, -5n << 3n, 5n << -1n, 5n << -3n, -5n << -1n);
console.log(1024n >> 3n, 1024n >> 20n, -1024n >> 3n, -1n >> 10n, -7n >> 1n, -1n >> 1000n);
console.log(7n >> -2n, -7n >> -2n, (2n ** 128n) >> 127n, (2n ** 128n + 5n) >> 128n);
console.log(-5n >> 1n, -6n >> 1n, -5n >> 2n, 5n >> 1n);
console.log(1n << 200n);
// Bit counting and masks.
function popcount(v) {
  let c = 0n;
  while (v > 0n) { c += v & 1n; v >>= 1n; }
  return c;
}
console.log(popcount(0n), popcount(255n), popcount(2n ** 100n - 1n), popcount(0xDEADBEEFn));
function bitLength(v) {
  let n = 0;
  if (v < 0n) v = -v;
  while (v > 0n) { n++; v >>= 1n; }
  return n;
}
console.log(bitLength(1n), bitLength(255n), bitLength(256n), bitLength(-(2n ** 65n)), bitLength(0n));
// Building a value from bytes and splitting it back.
const bytes = [0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x23, 0x45, 0x67, 0x89];
let acc = 0n;
for (const b of bytes) acc = (acc << 8n) | BigInt(b);
console.log(acc, acc.toString(16));
const back = [];
let rest = acc;
while (rest > 0n) { back.unshift(Number(rest & 0xFFn)); rest >>= 8n; }
console.log(back.join(','));
// De Morgan and identities over several values, including negatives.
const vals = [0n, 1n, -1n, 7n, -8n, 2n ** 65n, -(2n ** 65n) + 3n];
let good = 0, checked = 0;
for (const a of vals) {
  for (const b of vals) {
    checked++;
    if ((~(a & b)) === (~a | ~b) && (a ^ b) === ((a | b) & ~(a & b)) && -a === ~a + 1n) good++;
  }
}
console.log('identities', good, 'of', checked);
// Compound bitwise assignment in a loop.
let h = 0n;
for (let i = 0n; i < 20n; i++) { h ^= i << (i % 7n); h |= 1n << i; h &= ~(1n << (i / 2n)); }
console.log(h, h.toString(2));
console.log(-(2n ** 63n) >> 62n, (2n ** 63n - 1n) & -(2n ** 63n), ~(2n ** 63n) >> 60n);
