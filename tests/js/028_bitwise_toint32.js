// ToInt32 / ToUint32 conversions at the heart of the bitwise operators.
console.log(-1 >>> 0, 1 << 31, 4294967301 | 0, 1.9 | 0, -1.9 | 0, NaN | 0);
console.log(Infinity | 0, -Infinity | 0, 2147483648 | 0, 4294967295 | 0);
console.log(4294967296 | 0, -4294967297 | 0, 1e10 | 0, -1e10 | 0);
console.log(9007199254740993 | 0, 1e21 | 0, 1e300 | 0, 5e-324 | 0);
console.log(0.5 | 0, -0.5 | 0, 2147483647.9 | 0, -2147483648.9 | 0);
console.log("12" | 0, "0x10" | 0, "abc" | 0, null | 0, undefined | 0, true | 0);
console.log(3000000000 >>> 0, -3000000000 >>> 0, 3000000000 >> 0);
console.log(-2147483648 >>> 0, 2147483648 >>> 0, 1.5 >>> 0, -1.5 >>> 0);
console.log(~~2147483648, ~~-2147483649, ~~1e21, ~~"7.9");
console.log((2147483647 + 1) & -1, (0xffffffff + 2) ^ 0);
console.log([1] | 0, [1, 2] | 0, {} | 0, "  42  " | 0);
function toInt32(x) { return x | 0; }
function toUint32(x) { return x >>> 0; }
var inputs = [0, -0, 1, -1, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 12.75, -12.75];
var out1 = [], out2 = [];
for (var i = 0; i < inputs.length; i++) {
  out1.push(toInt32(inputs[i]));
  out2.push(toUint32(inputs[i]));
}
console.log(out1);
console.log(out2);
