// Hot chains of small functions (inlining candidates) deoptimizing in the innermost one.
function leaf(x) { return x + 1; }
function mid(x) { return leaf(x) * 2; }
function top(x) { return mid(x) - mid(x - 1); }
var s = 0;
for (var i = 0; i < 2000; i++) { s += top(i); }
console.log("ints", s);
console.log(top(0.5), top("3"), top(2147483647), top(-2147483648));
for (var j = 0; j < 500; j++) { s += top(j + 0.5); }
console.log("doubles", s);
function getA(o) { return o.a; }
function getAB(o) { return getA(o) + o.b; }
function sumObj(o) { return getAB(o) + getA(o); }
var t = 0;
var o1 = { a: 1, b: 2 };
for (var k = 0; k < 2000; k++) { t += sumObj(o1); }
console.log("mono", t);
var o2 = { b: 20, a: 10 };
t += sumObj(o2);
console.log("new shape deep inside", t);
var o3 = { a: "s", b: 1 };
console.log(sumObj(o3));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
var d = 0;
for (var m = 0; m < 50; m++) { d += depth(20); }
console.log("depth sum", d, depth(500));
function wrap(f, x) { return f(x); }
var w = 0;
for (var n = 0; n < 2000; n++) { w += wrap(leaf, n); }
console.log(w, wrap(mid, 1.5), wrap(top, 10));
