// 64-bit hashing with BigInt.asUintN: FNV-1a 64, a splitmix64 generator and a xorshift64* stream.
const FNV_OFFSET = 0xcbf29ce484222325n, FNV_PRIME = 0x100000001b3n;
function fnv1a64(str) {
  let h = FNV_OFFSET;
  for (let i = 0; i < str.length; i++) {
    h ^= BigInt(str.charCodeAt(i));
    h = BigInt.asUintN(64, h * FNV_PRIME);
  }
  return h;
}
const hex = v => v.toString(16).padStart(16, '0');
for (const s of ['', 'a', 'foobar', 'hello world', 'The quick brown fox jumps over the lazy dog', 'bailout']) {
  console.log(JSON.stringify(s).padEnd(46), hex(fnv1a64(s)), BigInt.asIntN(64, fnv1a64(s)));
}
// Hashing many strings: a hot loop, a bucket histogram and collision check.
const seen = new Map();
const buckets = new Array(16).fill(0);
let xorAll = 0n;
for (let i = 0; i < 1500; i++) {
  const key = 'key-' + i + '-' + (i * 7919 % 1000);
  const h = fnv1a64(key);
  xorAll ^= h;
  buckets[Number(h & 15n)]++;
  seen.set(h, key);
}
console.log('distinct', seen.size, 'xor', hex(xorAll));
console.log('buckets', buckets.join(' '), buckets.reduce((a, b) => a + b));
// splitmix64: a deterministic 64-bit generator.
function makeSplitMix(seed) {
  let state = BigInt.asUintN(64, seed);
  return function next() {
    state = BigInt.asUintN(64, state + 0x9e3779b97f4a7c15n);
    let z = state;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
}
const rng = makeSplitMix(0n);
const firsts = [];
for (let i = 0; i < 4; i++) firsts.push(hex(rng()));
console.log('splitmix64(0)', firsts.join(' '));
const rng2 = makeSplitMix(-1n);
let sum = 0n, maxV = 0n;
for (let i = 0; i < 1000; i++) { const v = rng2(); sum += v; if (v > maxV) maxV = v; }
console.log('1000 draws: mean high bits', sum / 1000n >> 56n, 'max', hex(maxV));
// xorshift64* producing dice rolls.
let xs = 88172645463325252n;
function xorshift() {
  xs ^= xs >> 12n;
  xs = BigInt.asUintN(64, xs ^ (xs << 25n));
  xs ^= xs >> 27n;
  return BigInt.asUintN(64, xs * 0x2545F4914F6CDD1Dn);
}
const dice = [0, 0, 0, 0, 0, 0];
for (let i = 0; i < 1200; i++) dice[Number(xorshift() % 6n)]++;
console.log('dice', dice.join(' '), hex(xs));
// Signed and unsigned views of the same bits.
for (const v of [0n, 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n]) {
  const signed = BigInt.asIntN(64, v);
  console.log(hex(v), signed, BigInt.asUintN(64, signed) === v, BigInt.asIntN(32, v), BigInt.asUintN(16, signed));
}
// Combining hashes like a hash table would.
function combine(a, b) {
  return BigInt.asUintN(64, a ^ (b + 0x9e3779b97f4a7c15n + (a << 6n) + (a >> 2n)));
}
let combined = 0n;
for (const word of 'to be or not to be that is the question'.split(' ')) combined = combine(combined, fnv1a64(word));
console.log('combined', hex(combined), combined % 1000n);
