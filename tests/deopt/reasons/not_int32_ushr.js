// expect-deopt: not an int32
// `>>>` of a negative number is above 2^31 - 1: not an int32 result.
function u(x) { return x >>> 0; }
var s = 0;
for (var i = 0; i < 200; i++) s += u(i);
console.log(s);
console.log(u(-1));
console.log(u(-2147483648));
