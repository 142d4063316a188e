// expect-deopt: out of bounds
// An element load that was always in bounds reads past the end.
function at(a, i) { return a[i]; }
var arr = [1, 2, 3, 4, 5, 6, 7, 8];
var s = 0;
for (var i = 0; i < 200; i++) s += at(arr, i % 8);
console.log(s);
console.log(at(arr, 8));
console.log(at(arr, -1));
