// -0 is a distinct double: visible through division and console.log.
var z = -0;
console.log(z, 0, -0, 0 * -1, -1 * 0);
console.log(z === 0, z == 0, 1 / z, 1 / 0);
console.log(-0 + 0, -0 - 0, 0 - 0, -0 + -0);
console.log(0 / -5, -0 / 5, 0 / 5);
console.log(-5 % 5, 5 % -5, -4 % 2);
console.log(Math.floor(-0.5), Math.floor(-0), Math.abs(-0));
console.log(Math.min(0, -0), Math.max(-0, 0), Math.min(-0, 0));
console.log(Math.sqrt(-0));
var a = [-0, 0, -0];
console.log(a);
console.log({ n: -0 });
console.log("" + -0, "x" + -0);
var n = 0;
n = -n;
console.log(n, 1 / n);
var m = -0;
m++;
console.log(m);
console.log(-0 | 0, ~~-0, -0 >>> 0);
console.log(-0 < 0, -0 > 0, -0 <= 0);
function neg(v) { return -v; }
console.log(neg(0), neg(neg(0)), 1 / neg(0));
