// expect-deopt: overflow
// int32 addition overflows: the result needs a double.
function add(a, b) { return a + b; }
var s = 0;
for (var i = 0; i < 200; i++) s = add(s, i);
console.log(s);
console.log(add(2147483647, 1));
console.log(add(-2147483648, -1));
