// A hot function sees small integers for a long time, then doubles.
function addMul(a, b) {
  return a * 3 + b;
}
var sum = 0;
for (var i = 0; i < 5000; i++) {
  sum = sum + addMul(i, 1);
}
console.log("int phase", sum);
for (var j = 0; j < 2000; j++) {
  sum = sum + addMul(j + 0.5, 0.25);
}
console.log("double phase", sum);
for (var k = 0; k < 2000; k++) {
  sum = sum + addMul(k, 2);
}
console.log("back to ints", sum);
function avg(a, b) { return (a + b) / 2; }
var acc = 0;
for (var m = 0; m < 3000; m++) {
  acc += avg(m, m + 2);
}
console.log("avg ints", acc);
acc = 0;
for (var n = 0; n < 3000; n++) {
  acc += avg(n, n + 1);
}
console.log("avg halves", acc);
function scale(x) { return x * 0.1; }
var s = 0;
for (var p = 0; p < 1500; p++) { s += scale(p); }
console.log("scaled", s);
console.log(addMul(1.5, 1), addMul(NaN, 1), addMul(Infinity, 1), addMul(-0, 0), avg(-0, -0));
