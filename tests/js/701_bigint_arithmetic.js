// BigInt arithmetic: + - * / % ** with truncation toward zero and the sign of the dividend.
console.log(7n + 5n, 7n - 5n, 5n - 7n, 7n * 5n, -7n * 5n, -7n * -5n);
console.log(7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n, 1n / 3n, -1n / 3n);
console.log(7n % 2n, -7n % 2n, 7n % -2n, -7n % -2n, 0n % 5n, 6n % 3n, -6n % 3n);
console.log(2n ** 10n, (-2n) ** 3n, (-2n) ** 4n, 0n ** 0n, 1n ** 1000n, 0n ** 5n, (-1n) ** 1001n);
console.log(10n ** 20n, 3n ** 40n);
console.log(2n ** 3n ** 2n, (2n ** 3n) ** 2n);
console.log(-(5n), -(-5n), -0n, 0n - 1n);
// Identity checks: (a / b) * b + a % b === a for mixed signs.
const samples = [17n, -17n, 100n, -100n, 3n, -3n, 123456789012345678901n, -1n];
let ok = 0, total = 0;
for (const a of samples) {
  for (const b of samples) {
    total++;
    if ((a / b) * b + a % b === a) ok++;
  }
}
console.log('div/mod identity', ok, 'of', total);
// Very large values.
const big = 2n ** 200n;
console.log(big);
console.log(big - 1n, big + big, big * big / big === big);
let fact = 1n;
for (let i = 1n; i <= 50n; i++) fact *= i;
console.log('50! =', fact);
console.log('50! / 48! =', fact / (fact / 50n / 49n));
console.log(fact % 1000000007n, fact % 97n);
// Increment and decrement, prefix and postfix.
let x = 10n;
console.log(x++, x, ++x, x, x--, x, --x, x);
let y = -1n;
y++;
console.log(y, typeof y);
y--; y--;
console.log(y);
const obj = { n: 5n }, arr = [1n, 2n];
obj.n++;
++obj.n;
arr[0]--;
arr[1] += 40n;
console.log(obj.n, arr);
// Compound assignment.
let c = 3n;
c += 4n; console.log(c);
c -= 10n; console.log(c);
c *= -6n; console.log(c);
c /= 4n; console.log(c);
c %= 3n; console.log(c);
c **= 5n; console.log(c);
c <<= 3n; console.log(c);
c >>= 1n; console.log(c);
c |= 1n; console.log(c);
c &= 0xFFn; console.log(c);
c ^= 0xF0n; console.log(c);
// Arithmetic in expressions mixed with control flow.
function poly(v) { return 3n * v * v - 2n * v + 7n; }
const vals = [];
for (let v = -3n; v <= 3n; v++) vals.push(poly(v));
console.log(vals);
let s = 0n;
for (let i = 1n; i <= 100n; i++) s += i * i;
console.log('sum of squares', s);
console.log(999999999999999999999n * 999999999999999999999n);
console.log(-(2n ** 64n) / 3n, (2n ** 64n) % -7n, (-(2n ** 64n)) % 7n);
