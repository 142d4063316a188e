// Number theory helpers: gcd, lcm, modular exponentiation, perfect numbers.
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
function lcm(a, b) { return a / gcd(a, b) * b; }
console.log(gcd(12, 18), gcd(17, 31), gcd(0, 5), gcd(1071, 462), gcd(2147483646, 1073741823));
var l = 1;
for (var i = 1; i <= 20; i++) { l = lcm(l, i); }
console.log("lcm 1..20", l);
function modpow(base, exp, mod) {
  var result = 1;
  base = base % mod;
  while (exp > 0) {
    if (exp % 2 === 1) { result = (result * base) % mod; }
    base = (base * base) % mod;
    exp = Math.floor(exp / 2);
  }
  return result;
}
console.log(modpow(2, 10, 1000), modpow(3, 200, 13), modpow(7, 1234, 10007), modpow(5, 0, 7));
function divisorSum(n) {
  var s = 1;
  for (var d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      s += d;
      if (d * d !== n) { s += n / d; }
    }
  }
  return s;
}
var perfect = [];
for (var n = 2; n < 500; n++) {
  if (divisorSum(n) === n) { perfect.push(n); }
}
console.log("perfect", perfect);
var amicable = [];
for (var a = 2; a < 300; a++) {
  var b = divisorSum(a);
  if (b > a && divisorSum(b) === a) { amicable.push([a, b]); }
}
console.log("amicable", amicable);
function totient(n) {
  var count = 0;
  for (var k = 1; k <= n; k++) { if (gcd(n, k) === 1) { count++; } }
  return count;
}
console.log(totient(1), totient(9), totient(36), totient(97));
