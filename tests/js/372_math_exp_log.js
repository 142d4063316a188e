// exp, log, log2, sqrt, pow.
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(710), Math.exp(-Infinity), Math.exp(2));
console.log(Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1), Math.log(10), Math.log(Infinity));
console.log(Math.log2(1), Math.log2(8), Math.log2(1024), Math.log2(3), Math.log2(0), Math.log2(-2), Math.log2(0.5));
console.log(Math.sqrt(4), Math.sqrt(2), Math.sqrt(0), Math.sqrt(-0), Math.sqrt(-1), Math.sqrt(Infinity), Math.sqrt(1e-300));
console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(-8, 1 / 3), Math.pow(0, 0), Math.pow(NaN, 0), Math.pow(1, Infinity));
console.log(Math.pow(2, 0.5) === Math.SQRT2, Math.pow(10, 21), Math.pow(-2, 31), Math.pow(4, 0.5));
console.log(Math.pow(0, -1), Math.pow(-0, -1), Math.pow(-0, -2), Math.pow(-Infinity, 3), Math.pow(-Infinity, 2));
var s = 0;
for (var i = 1; i <= 3000; i++) s += Math.log(Math.exp(i / 1000));
console.log(Math.round(s * 1e6) / 1e6);
var bits = [];
for (var k = 1; k < 2 ** 20; k *= 4) bits.push(Math.log2(k));
console.log(bits);
function hypot(a, b) {
  return Math.sqrt(a * a + b * b);
}
console.log(hypot(3, 4), hypot(5, 12), hypot(1, 1));
console.log(Math.exp(Math.log(10)), Math.log(Math.exp(10)));
