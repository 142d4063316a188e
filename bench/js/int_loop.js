// Integer arithmetic in a hot loop: additions, multiplies, masks and shifts on int32 values.
var N = 40000;  // quick: 600
var ROUNDS = 3;  // quick: 2
function mix(n, seed) {
  var h = seed | 0;
  for (var i = 0; i < n; i++) {
    h = (h * 31 + i) & 0xffffff;
    h = h ^ (h >> 5);
  }
  return h;
}
var sum = 0;
for (var r = 0; r < ROUNDS; r++) {
  sum = (sum + mix(N, r)) & 0x3fffffff;
}
console.log("int_loop", sum);
