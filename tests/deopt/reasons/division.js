// expect-deopt: division result not int32
// int32 division that was always exact has a remainder.
function div(a, b) { return a / b; }
var s = 0;
for (var i = 1; i < 200; i++) s += div(i * 6, 3);
console.log(s);
console.log(div(7, 2));
console.log(div(1, 0));
