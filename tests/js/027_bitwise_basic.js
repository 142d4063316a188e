// & | ^ ~ on small integers and typical bit-twiddling idioms.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 12 & 10, 12 | 10, 12 ^ 10);
console.log(0 & 0, -1 & 255, -1 | 0, 0 ^ -1, 255 & -256);
function popcount(n) {
  var c = 0;
  while (n !== 0) {
    n = n & (n - 1);
    c++;
  }
  return c;
}
console.log(popcount(0), popcount(1), popcount(255), popcount(-1), popcount(0x55555555));
function isPow2(n) { return n > 0 && (n & (n - 1)) === 0; }
console.log(isPow2(1), isPow2(64), isPow2(96), isPow2(1024), isPow2(0));
var flags = 0;
var READ = 1, WRITE = 2, EXEC = 4;
flags = flags | READ | EXEC;
console.log(flags, (flags & WRITE) !== 0, (flags & EXEC) !== 0);
flags = flags ^ READ;
console.log(flags);
var a = 1234, b = 5678;
a = a ^ b; b = a ^ b; a = a ^ b;
console.log("swapped", a, b);
var h = 0;
for (var i = 0; i < 100; i++) {
  h = (h * 31 + i) | 0;
  h = h ^ (h >>> 7);
}
console.log("hash", h);
var bits = "";
var v = 181;
for (var k = 7; k >= 0; k--) {
  bits = bits + ((v >> k) & 1);
}
console.log(bits);
console.log(6 & 3 | 8, 1 | 2 ^ 3 & 4, ~0 & 7);
