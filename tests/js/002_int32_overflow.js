// Arithmetic that crosses the int32 boundary must continue in doubles.
var max = 2147483647;
var min = -2147483648;
console.log(max + 1, min - 1);
console.log(max * 2, min * 2, max * max);
console.log(-min, -(min), 0 - min);
console.log(max + max + 2);
var x = 65536;
console.log(x * x, x * x * x, x * x - 1);
var big = 1;
for (var i = 0; i < 40; i++) {
  big = big * 2;
  if (i % 8 === 7) {
    console.log(i + 1, big);
  }
}
var acc = 2147483600;
for (var k = 0; k < 100; k++) {
  acc = acc + 1;
}
console.log("acc", acc);
var neg = -2147483600;
for (var m = 0; m < 100; m++) {
  neg = neg - 1;
}
console.log("neg", neg);
console.log(46341 * 46341, 46340 * 46340);
console.log(min / -1, min % -1, max % 2);
console.log(9007199254740991 + 1, 9007199254740991 + 2, 9007199254740992 + 1);
