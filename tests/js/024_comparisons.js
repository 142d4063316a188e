// Numeric relational operators, including mixed types and doubles.
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1, 3 >= 3);
console.log(-1 < 0, -0 < 0, 0.1 + 0.2 > 0.3, 1e21 > 1e20);
console.log(2147483647 < 2147483648, -2147483649 < -2147483648);
console.log(1 < "2", "1" < 2, "a" < 1, null < 1, undefined < 1);
console.log(true > 0, false < true, null <= 0, null >= 0, null > 0);
console.log(Infinity > 1e308, -Infinity < -1e308, NaN < NaN, NaN >= NaN);
function maxOf3(a, b, c) {
  var m = a;
  if (b > m) { m = b; }
  if (c > m) { m = c; }
  return m;
}
console.log(maxOf3(1, 2, 3), maxOf3(3, 2, 1), maxOf3(-1, -5, -3), maxOf3(1.5, 1.25, 1.75));
function clamp(v, lo, hi) {
  return v < lo ? lo : v > hi ? hi : v;
}
console.log(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(15, 0, 10), clamp(2.5, 0, 1));
var below = 0;
var above = 0;
for (var i = -50; i < 50; i++) {
  if (i * i < 100) { below++; }
  if (i * 0.5 >= 10) { above++; }
}
console.log(below, above);
var a = [5, 3, 8, 1];
console.log(a[0] > a[1], a[2] >= a[3], a[4] > 0, a[4] < 0);
