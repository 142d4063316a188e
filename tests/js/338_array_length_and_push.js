// Length tracking with push, pop, index writes and shift-like splice.
var a = [];
console.log(a.length, a.push(1), a.push(2, 3), a.length, a);
console.log(a.pop(), a.length, a);
a[10] = 'ten';
console.log(a.length, a.indexOf('ten'));
var popped = [];
while (a.length > 0) popped.push(a.pop());
console.log(popped.length, popped[0], popped[popped.length - 1], a, [].pop());
var stack = [];
for (var i = 0; i < 3000; i++) {
  stack.push(i);
  if (i % 3 === 0) stack.pop();
}
console.log(stack.length, stack[0], stack[stack.length - 1]);
var arr2 = [1, 2, 3];
arr2.push([4, 5]);
console.log(arr2, arr2.length);
var matrix = [];
for (var r = 0; r < 3; r++) matrix.push(new Array(r + 1).fill(r));
console.log(matrix, matrix.map((row) => row.length));
