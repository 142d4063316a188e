// Integer arithmetic in hot code overflowing int32 midway through.
function inc(x) { return x + 1; }
var v = 2147483647 - 2500;
for (var i = 0; i < 5000; i++) {
  v = inc(v);
}
console.log("crossed 2^31", v, v > 2147483647);
function mul(a, b) { return a * b; }
var t = 0;
for (var j = 0; j < 3000; j++) {
  t = (t + mul(j, j)) | 0;
}
console.log("wrapped sum of squares", t);
var u = 0;
for (var k = 0; k < 3000; k++) {
  u = u + mul(k, k * 100);
}
console.log("unwrapped sum", u);
function sub(a, b) { return a - b; }
var w = -2147483648 + 1500;
for (var m = 0; m < 3000; m++) { w = sub(w, 1); }
console.log("below -2^31", w);
function neg(x) { return -x; }
var ns = 0;
for (var n = 0; n < 2000; n++) { ns += neg(n); }
console.log("neg sum", ns, neg(-2147483648), neg(0));
var h = 1;
for (var p = 0; p < 2000; p++) {
  h = mul(h, 31) + p;
  if (h > 1e15) { h = h % 1000003; }
}
console.log("hash", h);
var f = 1;
for (var q = 1; q <= 30; q++) { f = mul(f, q); }
console.log("30!", f);
