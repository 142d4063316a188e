// Array.prototype.fill with start/end, negative indexes, and shared objects.
console.log([1, 2, 3, 4, 5].fill(0), [1, 2, 3, 4, 5].fill(9, 2), [1, 2, 3, 4, 5].fill(9, 1, 3));
console.log([1, 2, 3, 4, 5].fill(7, -2), [1, 2, 3, 4, 5].fill(7, -4, -1), [1, 2, 3].fill(8, 5), [1, 2, 3].fill(8, 2, 1));
console.log([].fill(1), new Array(3).fill(), new Array(3).fill(null), new Array(2).fill('s'));
var shared = new Array(3).fill({ n: 0 });
shared[0].n = 5;
console.log(shared, shared[0] === shared[2]);
var nested = new Array(2).fill([]);
nested[0].push('x');
console.log(nested);
var arr = [1, 2, 3];
var ret = arr.fill(4);
console.log(ret === arr, arr);
console.log([1, 2, 3].fill(0, NaN), [1, 2, 3].fill(0, 1.5), [1, 2, 3].fill(0, -100, 100));
var sum = 0;
var buf = new Array(64);
for (var i = 0; i < 200; i++) {
  buf.fill(i % 3);
  for (var j = 0; j < buf.length; j++) sum += buf[j];
}
console.log(sum);
