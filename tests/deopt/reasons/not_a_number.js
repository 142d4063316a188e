// expect-deopt: not a number
// float64 arithmetic (feedback: numbers) is handed a string.
function mul(a, b) { return a * b; }
var s = 0;
for (var i = 0; i < 200; i++) s += mul(i, 0.5);
console.log(s);
console.log(mul("3", 2));
console.log(mul(undefined, 2));
