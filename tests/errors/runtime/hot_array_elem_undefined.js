// A hot function indexing a nested array reads past the end and dereferences undefined.
function cell(grid, r, c) { return grid[r][c]; }
var grid = [[1, 2], [3, 4]];
var s = 0;
for (var i = 0; i < 10000; i++) { s += cell(grid, i % 2, (i >> 1) % 2); }
console.log("sum", s);
console.log(cell(grid, 1, 5));
console.log(cell(grid, 2, 0));
