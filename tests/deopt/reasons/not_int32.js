// expect-deopt: not an int32
// int32 arithmetic specialized on small integers receives a double.
function add(a, b) { return a + b; }
var s = 0;
for (var i = 0; i < 200; i++) s = add(s, i);
console.log(s);
console.log(add(1.5, 2));
console.log(add(0.1, 0.2));
