// << >> >>> including shift counts taken mod 32 and sign handling.
console.log(1 << 0, 1 << 1, 1 << 30, 1 << 31, 1 << 32, 1 << 33);
console.log(-1 << 1, -8 >> 1, -8 >>> 1, 8 >> 1, 8 >>> 1);
console.log(-1 >> 31, -1 >>> 31, -1 >> 32, -1 >>> 32, -1 >>> 0);
console.log(1 << -1, 256 >> -28, 5 << 1.9, 5 << "2", 5 >> null);
console.log(0x80000000 >> 0, 0x80000000 >>> 0, 0x80000000 >> 4, 0x80000000 >>> 4);
console.log(2147483647 << 1, 1073741824 << 1, 3 << 30);
console.log(1.9 << 1, -1.9 >> 0, NaN << 3, Infinity >> 1);
var powers = [];
for (var i = 0; i < 34; i += 3) {
  powers.push(1 << i);
}
console.log(powers);
var u = [];
for (var j = 28; j < 36; j++) {
  u.push(-1 >>> j);
}
console.log(u);
function rotl(x, n) { return (x << n) | (x >>> (32 - n)); }
console.log(rotl(1, 1), rotl(0x80000000, 1), rotl(0x12345678, 8), rotl(0x12345678, 8) >>> 0);
var x = 0x12345678;
var swapped = ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | ((x >>> 24) & 0xff);
console.log(swapped, swapped >>> 0);
var lcg = 12345;
for (var k = 0; k < 5; k++) {
  lcg = (lcg * 1103515245 + 12345) >>> 0;
  console.log(lcg, lcg >> 16, lcg >>> 16);
}
