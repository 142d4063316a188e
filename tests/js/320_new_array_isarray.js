// new Array(n), Array(...) forms and Array.isArray.
var a = new Array(3);
console.log(a, a.length, a[0], 0 in a);
console.log(new Array(0), new Array(1, 2), new Array('3'), new Array(2.0).length);
console.log(Array(2), Array(1, 2, 3), Array());
console.log(Array.isArray([]), Array.isArray(new Array(5)), Array.isArray({ length: 0 }), Array.isArray('abc'));
console.log(Array.isArray(null), Array.isArray(undefined), Array.isArray(), Array.isArray([[1]][0]));
class MyArr {}
console.log(Array.isArray(new MyArr()), Array.isArray(Object.create(Array.prototype)));
var b = new Array(5);
for (var i = 0; i < b.length; i++) b[i] = i * i;
console.log(b);
var big = new Array(200);
console.log(big.length, big[199]);
big[0] = 'first';
console.log(big.length, big[0]);
var c = new Array(4).fill(0);
console.log(c);
var grid = new Array(3);
for (var r = 0; r < 3; r++) grid[r] = new Array(3).fill(r);
console.log(grid);
var n = 0;
for (var k = 0; k < 2000; k++) {
  var t = new Array(k % 8);
  n += t.length;
}
console.log(n);
