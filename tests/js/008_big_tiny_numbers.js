// Very large and very small magnitudes, overflow to Infinity and underflow to 0.
var big = 1;
var count = 0;
while (big !== Infinity) {
  big = big * 10;
  count++;
}
console.log("powers of ten before Infinity:", count);
var tiny = 1;
var t = 0;
while (tiny !== 0) {
  tiny = tiny / 2;
  t++;
}
console.log("halvings before 0:", t);
var max = 1.7976931348623157e308;
console.log(max, max * 1.0000001, max + 1e292, -max * 2);
var minPos = 5e-324;
console.log(minPos, minPos / 2, minPos * 2, minPos * 0.6);
console.log(2.2250738585072014e-308, 2.2250738585072014e-308 / 4);
var f = 1;
for (var i = 1; i <= 25; i++) {
  f = f * i;
  if (i >= 18) {
    console.log(i + "!", f);
  }
}
console.log(1e15 + 0.3, 1e14 + 0.3, 123456789.123456789);
console.log(1e21 - 1e5, 1e22 + 1, 1e23);
var s = 1e-5;
for (var j = 0; j < 4; j++) {
  s = s / 10;
  console.log(s);
}
