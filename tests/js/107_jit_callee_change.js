// A hot call site whose callee changes, including to closures and constructors.
function double(x) { return x * 2; }
function square(x) { return x * x; }
function negate(x) { return -x; }
function run(f, n) {
  var s = 0;
  for (var i = 0; i < n; i++) { s += f(i); }
  return s;
}
console.log(run(double, 3000));
console.log(run(square, 1000));
console.log(run(negate, 1000));
console.log(run(function (x) { return x % 3; }, 1000));
console.log(run((x) => x / 2, 1000));
function makeAdder(k) { return function (x) { return x + k; }; }
var total = 0;
for (var j = 0; j < 6; j++) { total += run(makeAdder(j), 300); }
console.log("adders", total);
var table = [double, square, negate, makeAdder(100)];
var mix = 0;
for (var k = 0; k < 4000; k++) { mix += table[k % 4](k % 50); }
console.log("mixed table", mix);
var op = double;
var acc = 0;
for (var m = 0; m < 3000; m++) {
  if (m === 1500) { op = square; }
  acc += op(m % 10);
}
console.log("switched mid-loop", acc);
var holder = { fn: double };
var hs = 0;
for (var n = 0; n < 2000; n++) {
  if (n === 1000) { holder.fn = negate; }
  hs += holder.fn(n);
}
console.log("via property", hs);
