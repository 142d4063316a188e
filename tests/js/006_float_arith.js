// Double arithmetic rounding: results must match IEEE-754 exactly.
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, 0.3 - 0.1);
console.log(1.1 + 2.2, 3.3 * 3, 0.1 * 0.1);
console.log(1 / 3 + 1 / 3 + 1 / 3, 0.7 * 100, 1.005 * 1000);
var sum = 0;
for (var i = 0; i < 10; i++) {
  sum += 0.1;
}
console.log("ten tenths", sum, sum === 1);
var h = 1;
var steps = 0;
while (1 + h !== 1) {
  h = h / 2;
  steps++;
}
console.log("epsilon steps", steps, h * 2);
var x = 1e16;
console.log(x + 1, x + 2, x + 1 === x);
var y = 0.7;
for (var k = 0; k < 5; k++) {
  y = y * 3 - 1;
}
console.log("iter", y);
var harmonic = 0;
for (var n = 1; n <= 1000; n++) {
  harmonic += 1 / n;
}
console.log("H1000", harmonic);
console.log(2.5 % 1, 5.5 % 2, -5.5 % 2, 10 % 3.5, 0.3 % 0.1);
console.log(1e-300 * 1e-300, 1e200 * 1e200, 1e-200 / 1e200);
console.log(Math.sqrt(2), Math.sqrt(2) * Math.sqrt(2));
