// expect-deopt: minus zero
// int32 multiplication whose result is -0 (0 times a negative number).
function mul(a, b) { return a * b; }
var s = 0;
for (var i = 0; i < 200; i++) s += mul(i, 3);
console.log(s);
console.log(mul(0, -5));
console.log(1 / mul(0, -5));
