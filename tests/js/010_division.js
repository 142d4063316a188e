// Division: exact integer results, fractions, sign and zero handling.
console.log(10 / 5, 10 / 4, 10 / 3, -10 / 4, 10 / -4);
console.log(0 / 1, 0 / -1, -0 / 1, 1 / 0, -1 / 0, 0 / 0);
console.log(1 / -0, -1 / -0, 1e308 / 1e-10);
console.log(2147483647 / 1, -2147483648 / -1, 4294967296 / 2);
console.log(7 / 7, 6 / 3 === 2, 1 / 3 * 3);
var results = [];
for (var i = -4; i <= 4; i++) {
  results.push(12 / i);
}
console.log(results);
var halves = [];
var x = 100;
for (var k = 0; k < 9; k++) {
  x = x / 2;
  halves.push(x);
}
console.log(halves);
function avg(a, b, c) { return (a + b + c) / 3; }
console.log(avg(1, 2, 3), avg(1, 2, 4), avg(-1, 0, 0));
console.log(Math.floor(7 / 2), Math.floor(-7 / 2), Math.floor(7 / -2));
