// Exact integer math with BigInts: factorials, binomials, gcd, modular exponentiation, a toy RSA, Collatz, digits.
function factorial(n) {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}
for (const n of [0n, 1n, 5n, 20n, 21n, 30n]) console.log(`${n}! = ${factorial(n)}`);
function trailingZeros(v) {
  let z = 0;
  while (v !== 0n && v % 10n === 0n) { v /= 10n; z++; }
  return z;
}
function digitSum(v) {
  let s = 0n;
  for (const ch of String(v < 0n ? -v : v)) s += BigInt(ch);
  return s;
}
const f100 = factorial(100n);
console.log('100!:', String(f100).length, 'digits,', trailingZeros(f100), 'trailing zeros, digit sum', digitSum(f100));
console.log('2^1000 digit sum', digitSum(2n ** 1000n), 'digits', String(2n ** 1000n).length);
// Binomial coefficients and a row of Pascal's triangle.
function binomial(n, k) {
  if (k < 0n || k > n) return 0n;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = r * (n - k + i) / i;
  return r;
}
console.log(binomial(10n, 3n), binomial(52n, 5n), binomial(100n, 50n), binomial(5n, 7n));
const row = [];
for (let k = 0n; k <= 20n; k++) row.push(binomial(20n, k));
console.log(row.join(' '), row.reduce((a, b) => a + b) === 2n ** 20n);
console.log('Catalan(30) =', binomial(60n, 30n) / 31n);
// gcd, lcm and extended Euclid.
function gcd(a, b) {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) { const t = a % b; a = b; b = t; }
  return a;
}
function egcd(a, b) {
  let [oldR, r] = [a, b];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS, b === 0n ? 0n : (oldR - oldS * a) / b];
}
console.log(gcd(f100, 2n ** 200n), gcd(-48n, 180n), gcd(17n, 0n), (12n * 18n) / gcd(12n, 18n));
console.log(egcd(240n, 46n), egcd(2n ** 64n + 1n, 3n ** 40n));
// Modular exponentiation and a toy RSA with small primes.
function modPow(base, exp, m) {
  let result = 1n;
  base %= m;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    base = (base * base) % m;
    exp >>= 1n;
  }
  return result;
}
function modInverse(a, m) {
  const [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw new Error('no inverse');
  return ((x % m) + m) % m;
}
const p = 61n, q = 53n, n = p * q, phi = (p - 1n) * (q - 1n), e = 17n;
const d = modInverse(e, phi);
console.log('n', n, 'phi', phi, 'd', d, (e * d) % phi);
const message = 'BigInt!';
const cipher = [], plain = [];
for (const ch of message) cipher.push(modPow(BigInt(ch.charCodeAt(0)), e, n));
for (const c of cipher) plain.push(String.fromCharCode(Number(modPow(c, d, n))));
console.log(cipher.join(','), plain.join(''));
const P = 2n ** 61n - 1n, Q = 2n ** 31n - 1n, N = P * Q, PHI = (P - 1n) * (Q - 1n), E = 65537n;
const D = modInverse(E, PHI), M = 123456789012345678901234n % N;
const C = modPow(M, E, N);
console.log('big rsa', C, modPow(C, D, N) === M);
console.log('Fermat', modPow(2n, P - 1n, P), modPow(3n, 10n ** 18n, 1000000007n), modPow(7n, 0n, 13n));
// Collatz with BigInts.
function collatz(start) {
  let v = start, stepsTaken = 0, peak = start;
  while (v !== 1n) {
    v = v % 2n === 0n ? v / 2n : 3n * v + 1n;
    if (v > peak) peak = v;
    stepsTaken++;
  }
  return [stepsTaken, peak];
}
console.log(collatz(27n), collatz(2n ** 100n + 1n), collatz(837799n));
let best = 0n, bestSteps = 0;
for (let s = 1n; s < 300n; s++) { const [k] = collatz(s); if (k > bestSteps) { bestSteps = k; best = s; } }
console.log('longest below 300', best, bestSteps);
// Digits of big numbers: reversing, palindromes, and base conversion by hand.
function reverseDigits(v) {
  let r = 0n;
  while (v > 0n) { r = r * 10n + v % 10n; v /= 10n; }
  return r;
}
let lychrel = 196n, iters = 0;
while (iters < 40 && reverseDigits(lychrel) !== lychrel) { lychrel += reverseDigits(lychrel); iters++; }
console.log('196 after', iters, 'steps:', lychrel);
let pal = 89n, palSteps = 0;
while (reverseDigits(pal) !== pal) { pal += reverseDigits(pal); palSteps++; }
console.log('89 ->', pal, 'in', palSteps);
function toBase(v, base) {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
  let out = '';
  const b = BigInt(base);
  do { out = digits[Number(v % b)] + out; v /= b; } while (v > 0n);
  return out;
}
const big = 3n ** 100n;
console.log(toBase(big, 7) === big.toString(7), toBase(big, 36), toBase(0n, 2));
// Integer square root by Newton's method.
function isqrt(v) {
  if (v < 2n) return v;
  let x0 = v, x1 = (v >> 1n) + 1n;
  while (x1 < x0) { x0 = x1; x1 = (x1 + v / x1) >> 1n; }
  return x0;
}
const two = 2n * 10n ** 100n;
console.log('sqrt(2) ~', isqrt(two), isqrt(10n ** 40n), isqrt(99n), isqrt(2n ** 128n) === 2n ** 64n);
