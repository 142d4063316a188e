// while and do-while loops, including zero-iteration and early exit cases.
var i = 0;
while (i < 5) { i++; }
console.log("while", i);
var j = 10;
while (j < 5) { j++; }
console.log("while never", j);
var k = 10;
do { k++; } while (k < 5);
console.log("do once", k);
var n = 0;
do {
  n += 2;
} while (n < 9);
console.log("do", n);
function digits(x) {
  var count = 0;
  do {
    count++;
    x = Math.floor(x / 10);
  } while (x > 0);
  return count;
}
console.log(digits(0), digits(9), digits(10), digits(123456));
function gcd(a, b) {
  while (b !== 0) {
    var t = b;
    b = a % b;
    a = t;
  }
  return a;
}
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
var steps = 0;
var v = 1000;
while (true) {
  v = Math.floor(v / 3);
  steps++;
  if (v === 0) { break; }
}
console.log("steps", steps);
var odd = 0;
var m = 0;
do {
  m++;
  if (m % 2 === 0) { continue; }
  odd += m;
} while (m < 20);
console.log("odd sum", odd);
var reversed = 0;
var num = 12345;
while (num > 0) {
  reversed = reversed * 10 + num % 10;
  num = Math.floor(num / 10);
}
console.log("reversed", reversed);
var w = 3;
while (w--) { console.log("countdown", w); }
