// Hot bitwise code: int32 wrapping, unsigned shifts and double inputs.
function mix(h, v) {
  h = h ^ v;
  h = (h << 5) - h;
  return h | 0;
}
var h = 0;
for (var i = 0; i < 5000; i++) { h = mix(h, i); }
console.log("int hash", h);
for (var j = 0; j < 1000; j++) { h = mix(h, j + 0.75); }
console.log("double inputs", h);
h = mix(h, 4294967296 + 7);
console.log("big input", h, mix(0, NaN), mix(0, -1), mix(0, 2147483648));
function ushr(x, n) { return x >>> n; }
var u = 0;
for (var k = 0; k < 3000; k++) { u += ushr(-k, 1); }
console.log("unsigned", u, ushr(-1, 0), ushr(-1, 32), ushr(1.9, 0));
function fnv(keys) {
  var hash = 2166136261;
  for (var m = 0; m < keys.length; m++) {
    hash = hash ^ keys[m];
    hash = (hash * 16777619) >>> 0;
  }
  return hash;
}
var keys = [];
for (var n = 0; n < 500; n++) { keys.push(n * 7); }
console.log("fnv", fnv(keys), fnv([]), fnv([1]));
function countBits(x) {
  var c = 0;
  while (x !== 0) { c += x & 1; x = x >>> 1; }
  return c;
}
var bits = 0;
for (var p = 0; p < 1000; p++) { bits += countBits(p * 2654435761); }
console.log("bits", bits, countBits(-1), countBits(0x80000000));
