// expect-deopt: overflow
// An int32 increment past 2^31 - 1.
function inc(x) { x++; return x; }
var s = 0;
for (var i = 0; i < 200; i++) s += inc(i);
console.log(s);
console.log(inc(2147483647));
