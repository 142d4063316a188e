// + with a string operand converts the other side with Number::toString.
console.log("n=" + 1, "n=" + 1.5, "n=" + -3, "n=" + 0.1);
console.log(1 + "2", 1 + 2 + "3", "1" + 2 + 3, 1 + (2 + "3"));
console.log("" + 1e21, "" + 1e20, "" + 1e-7, "" + 0.000001);
console.log("" + -0, "" + 0, "" + NaN, "" + Infinity, "" + -Infinity);
console.log("" + 123456789012345680000, "" + 9007199254740993);
console.log("" + 1 / 3, "" + 2 / 3, "" + 100 / 3);
console.log("" + true + false, "" + null + undefined);
console.log("" + 5e-324, "" + 1.7976931348623157e308);
console.log("x" + 0x10, "y" + 1e3, "z" + 12.50);
var s = "";
for (var i = 0; i < 10; i++) {
  s = s + i;
}
console.log(s, s.length);
var label = "total: ";
var v = 0;
for (var k = 1; k <= 5; k++) {
  v += k * 0.5;
  label = label + v + ";";
}
console.log(label);
var a = "3";
var b = 4;
console.log(a + b, b + a, a - b, a * b, b / a);
var acc = 0;
acc += "1";
acc += 2;
console.log(acc, typeof acc);
console.log(("" + 255).length, ("" + -0.5).length, ("" + 1e21).length);
