// expect-deopt: wrong elements kind
// A store into an int32-elements array is handed a double.
function put(a, i, v) { a[i] = v; }
var arr = [0, 0, 0, 0];
for (var i = 0; i < 200; i++) put(arr, i % 4, i);
console.log(arr);
put(arr, 1, 1.5);
console.log(arr);
put(arr, 2, "s");
console.log(arr);
