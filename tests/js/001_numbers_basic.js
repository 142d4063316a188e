// Basic integer and double arithmetic on number literals and variables.
var a = 7;
var b = 3;
console.log(a + b, a - b, a * b, a / b);
console.log(a % b, b % a, -a % b);
console.log(10 / 2, 10 / 4, 1 / 3, 2 / 3);
console.log(1.5 + 2.25, 1.5 * 4, 3.0, 3.5 - 0.5);
console.log(0.5 + 0.5 === 1, 3.0 === 3);
var total = 0;
for (var i = 1; i <= 100; i++) {
  total = total + i;
}
console.log("sum 1..100", total);
var prod = 1;
for (var j = 1; j <= 12; j++) {
  prod = prod * j;
}
console.log("12!", prod);
var c = 1e3;
var d = 2.5e-3;
console.log(c, d, c * d, 1E2, 5e0);
console.log(.5, 5., 0.125, 10.0 === 10 ? "same" : "differ");
console.log(100 - 200, -5 * -5, -7 / 2, 7 / -2);
console.log(1 - 0.9, 3 * 1.1, 0.7 + 0.1);
