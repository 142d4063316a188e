// The ** operator: integer and fractional powers, right associativity.
console.log(2 ** 10, 2 ** 0, 2 ** -1, 2 ** 0.5, (-2) ** 3, (-2) ** 2);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 64, 2 ** 31, 2 ** 32 + 5 | 0);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, -(2 ** 2));
console.log(10 ** 21, 10 ** -7, 10 ** 308, 10 ** 309, 10 ** -324);
console.log(0 ** 0, NaN ** 0, 1 ** NaN, 0 ** -1, (-0) ** -1, Infinity ** 0);
console.log(4 ** 0.5, 27 ** (1 / 3), 1.5 ** 2, "2" ** "3");
var x = 3;
x **= 4;
console.log(x);
var sum = 0;
for (var i = 0; i < 20; i++) { sum += 2 ** i; }
console.log(sum, sum === 2 ** 20 - 1);
function pow(b, e) { return b ** e; }
console.log(pow(2, 31) | 0, pow(2, 32) >>> 0, pow(-1, 0.5), pow(0.5, 10));
