// Array.prototype.slice: copies, negative indexes, holes.
var a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(), a.slice(2), a.slice(2, 4), a.slice(-2), a.slice(-4, -1), a.slice(4, 2), a.slice(10));
console.log(a.slice(0, 100), a.slice(-100), a.slice(1.5, 3.9), a.slice(NaN, 2), a.slice('1', '3'));
var copy = a.slice();
copy[0] = 'changed';
console.log(a[0], copy[0], copy !== a);
var objs = [{ v: 1 }, { v: 2 }];
var shallow = objs.slice();
shallow[0].v = 100;
console.log(objs[0].v);
var holes = new Array(4);
holes[1] = 'x';
var hs = holes.slice(0, 3);
console.log(hs, hs.length, 0 in hs);
console.log([].slice(0, 1), ['only'].slice(-1), ['a', 'b'].slice(-1)[0]);
function last(arr, n) {
  return arr.slice(-n);
}
console.log(last([1, 2, 3, 4], 2), last([1], 3));
var total = 0;
for (var i = 0; i < 2000; i++) total += a.slice(i % 6).length;
console.log(total);
