// Array methods with callbacks inside hot loops.
var data = [];
for (var i = 0; i < 50; i++) data.push(i);
var acc = 0;
for (var r = 0; r < 100; r++) {
  var doubled = data.map((x) => x * 2);
  var evens = doubled.filter((x) => x % 4 === 0);
  acc += evens.reduce((a, b) => a + b, 0);
  if (data.some((x) => x === r)) acc++;
  acc += data.findIndex((x) => x === r % 50);
}
console.log(acc);
var words = ['x', 'yy', 'zzz'];
var lengths = 0;
for (var k = 0; k < 3000; k++) {
  lengths += words.map((w) => w.length).reduce((a, b) => a + b);
}
console.log(lengths);
var matrix = [];
for (var m = 0; m < 20; m++) {
  matrix.push([]);
  for (var n = 0; n < 20; n++) matrix[m].push(m * n);
}
var rowSums = matrix.map((row) => row.reduce((a, b) => a + b, 0));
var colSums = matrix[0].map((_, c) => matrix.reduce((a, row) => a + row[c], 0));
console.log(rowSums.slice(0, 5), colSums.slice(-3));
var sortedCopies = 0;
for (var s = 0; s < 100; s++) {
  var arr = [5, 3, 9, 1, s % 10];
  arr.sort((a, b) => a - b);
  sortedCopies += arr[0] + arr[4];
}
console.log(sortedCopies);
