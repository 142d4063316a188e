// Many live values of every representation at the deopt points of one function,
// so the stack maps hold registers, stack slots and constants. The store to `seen` is a side
// effect: the guards after it deopt to the checkpoint after it, where every value is live.
var seen = { n: 0 };
function mix(o, a, b, d) {
  var i1 = a + 1, i2 = a * 3, i3 = a - b, i4 = a | b;
  var f1 = d * 0.5, f2 = d + 0.25, f3 = d / 3;
  var flag = a < b;
  var big = 1e100;
  var s = "str";
  seen.n = a;
  var x = o.x;
  return x + i1 + i2 + i3 + i4 + f1 + f2 + f3 + (flag ? 1 : 0) + big + s.length;
}
function P(x) { this.x = x; }
var t = 0;
for (var k = 0; k < 3000; k++) t += mix(new P(k), k, 7, k + 0.5);
console.log(t);
console.log(mix({ y: 1, x: 2 }, 1, 2, 1.5));
// A counting loop: LLVM proves some deopt values constant (Constant and ConstantIndex locations).
function tri(a) { var s = 0; for (var i = 0; i < a; i++) s += i; return s; }
console.log(tri(10));
