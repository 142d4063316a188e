// Hexadecimal literals, including ones above int32 range.
console.log(0x0, 0x1, 0xa, 0xA, 0xff, 0xFF);
console.log(0x10, 0x100, 0xdeadbeef, 0xCAFEBABE);
console.log(0x7fffffff, 0x80000000, 0xffffffff, 0x100000000);
console.log(0x7fffffff + 1, 0xffffffff | 0, 0x80000000 | 0);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f);
console.log(0x1fffffffffffff, 0xfffffffffffffff);
var mask = 0xff;
var v = 0x12345678;
console.log((v >> 24) & mask, (v >> 16) & mask, (v >> 8) & mask, v & mask);
var colors = [0xff0000, 0x00ff00, 0x0000ff];
for (var i = 0; i < colors.length; i++) {
  var c = colors[i];
  console.log("rgb", (c >> 16) & 255, (c >> 8) & 255, c & 255);
}
console.log(-0x10, 0x10 * 0x10, 0X20);
