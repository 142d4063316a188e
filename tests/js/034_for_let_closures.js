// Each iteration of a for-let loop gets a fresh binding captured by closures.
var fns = [];
for (let i = 0; i < 5; i++) {
  fns.push(function () { return i; });
}
var out = [];
for (var k = 0; k < fns.length; k++) {
  out.push(fns[k]());
}
console.log("let per-iteration", out);
var vfns = [];
for (var j = 0; j < 5; j++) {
  vfns.push(function () { return j; });
}
var vout = [];
for (var m = 0; m < vfns.length; m++) {
  vout.push(vfns[m]());
}
console.log("var shared", vout);
var arrows = [];
for (let i = 0; i < 3; i++) {
  arrows.push(() => i * 10);
  i++;
}
console.log(arrows.length, arrows[0](), arrows[1]());
var incs = [];
for (let n = 0; n < 3; n++) {
  incs.push(function () { n += 100; return n; });
}
console.log(incs[0](), incs[0](), incs[1](), incs[2]());
var getters = [];
for (let a = 0; a < 3; a++) {
  let b = a * a;
  getters.push(function () { return a + ":" + b; });
}
console.log(getters[0](), getters[1](), getters[2]());
var pairs = [];
for (let x = 0; x < 2; x++) {
  for (let y = 0; y < 2; y++) {
    pairs.push(function () { return x * 10 + y; });
  }
}
var pv = [];
for (var p = 0; p < pairs.length; p++) { pv.push(pairs[p]()); }
console.log(pv);
let w = 0;
var wfns = [];
while (w < 3) {
  let copy = w;
  wfns.push(function () { return copy; });
  w++;
}
console.log(wfns[0](), wfns[1](), wfns[2]());
