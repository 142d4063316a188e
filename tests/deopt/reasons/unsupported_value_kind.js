// expect-deopt: unsupported value kind
// `===` that only compared non-numbers (bit equality) meets a double (NaN, -0).
function same(a, b) { return a === b; }
var o = {};
var n = 0;
for (var i = 0; i < 200; i++) if (same(i % 2 ? "a" : o, o)) n++;
console.log(n);
console.log(same(NaN, NaN));
console.log(same(0, -0));
console.log(same(1.5, 1.5));
