// expect-deopt: wrong call target
// A call site that always called one function calls another.
function twice(x) { return 2 * x; }
function thrice(x) { return 3 * x; }
function apply(f, x) { return f(x); }
var s = 0;
for (var i = 0; i < 200; i++) s += apply(twice, i);
console.log(s);
console.log(apply(thrice, 5));
