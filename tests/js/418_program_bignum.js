// Arbitrary-precision unsigned integers stored as arrays of base-10000 limbs:
// addition, multiplication by small numbers and by bignums, comparison, factorials,
// Fibonacci numbers and powers of two, printed as decimal strings.
const BASE = 10000;
class BigNat {
  constructor(limbs) {
    this.limbs = limbs; // least significant first
    this.trim();
  }
  static from(n) {
    const limbs = [];
    do {
      limbs.push(n % BASE);
      n = Math.floor(n / BASE);
    } while (n > 0);
    return new BigNat(limbs);
  }
  static parse(s) {
    const limbs = [];
    for (let end = s.length; end > 0; end -= 4) limbs.push(parseInt(s.slice(Math.max(0, end - 4), end), 10));
    return new BigNat(limbs);
  }
  trim() {
    while (this.limbs.length > 1 && this.limbs[this.limbs.length - 1] === 0) this.limbs.pop();
    return this;
  }
  add(other) {
    const a = this.limbs, b = other.limbs;
    const out = [];
    let carry = 0;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const s = (a[i] || 0) + (b[i] || 0) + carry;
      out.push(s % BASE);
      carry = s >= BASE ? 1 : 0;
    }
    if (carry) out.push(carry);
    return new BigNat(out);
  }
  mulSmall(k) {
    const out = [];
    let carry = 0;
    for (const limb of this.limbs) {
      const p = limb * k + carry;
      out.push(p % BASE);
      carry = Math.floor(p / BASE);
    }
    while (carry > 0) {
      out.push(carry % BASE);
      carry = Math.floor(carry / BASE);
    }
    return new BigNat(out);
  }
  mul(other) {
    const a = this.limbs, b = other.limbs;
    const out = new Array(a.length + b.length).fill(0);
    for (let i = 0; i < a.length; i++) {
      let carry = 0;
      for (let j = 0; j < b.length; j++) {
        const cur = out[i + j] + a[i] * b[j] + carry;
        out[i + j] = cur % BASE;
        carry = Math.floor(cur / BASE);
      }
      let k = i + b.length;
      while (carry > 0) {
        const cur = out[k] + carry;
        out[k] = cur % BASE;
        carry = Math.floor(cur / BASE);
        k++;
      }
    }
    return new BigNat(out);
  }
  compare(other) {
    const a = this.limbs, b = other.limbs;
    if (a.length !== b.length) return a.length < b.length ? -1 : 1;
    for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }
  digitSum() {
    return this.toString().split('').reduce((s, d) => s + Number(d), 0);
  }
  toString() {
    const l = this.limbs;
    let s = String(l[l.length - 1]);
    for (let i = l.length - 2; i >= 0; i--) s += String(l[i]).padStart(4, '0');
    return s;
  }
}
function factorial(n) {
  let r = BigNat.from(1);
  for (let i = 2; i <= n; i++) r = r.mulSmall(i);
  return r;
}
const f30 = factorial(30);
console.log('30! =', String(f30));
const f100 = factorial(100);
console.log('100! has', String(f100).length, 'digits, digit sum', f100.digitSum());
console.log(String(f100).slice(0, 20) + '...' + String(f100).slice(-30));
let a = BigNat.from(0), b = BigNat.from(1);
for (let i = 0; i < 300; i++) {
  const t = a.add(b);
  a = b;
  b = t;
}
console.log('fib(300) =', String(a));
let p = BigNat.from(1);
for (let i = 0; i < 200; i++) p = p.mulSmall(2);
console.log('2^200 =', String(p));
const sq = BigNat.parse('123456789012345678901234567890').mul(BigNat.parse('987654321098765432109876543210'));
console.log('product', String(sq));
console.log(BigNat.parse('0000123').toString(), BigNat.from(0).toString(), BigNat.from(9999).add(BigNat.from(1)).toString());
console.log(f30.compare(f100), f100.compare(f30), f30.compare(factorial(30)), BigNat.parse('10000').compare(BigNat.from(9999)));
const twoTo64 = BigNat.from(2 ** 32).mul(BigNat.from(2 ** 32));
console.log('2^64 =', String(twoTo64), 2 ** 64);
