// Arrays of arrays: grids, jagged arrays, nested updates.
var grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
console.log(grid, grid[1][2], grid.length, grid[0].length);
var t = [];
for (var i = 0; i < 3; i++) {
  var row = [];
  for (var j = 0; j < 3; j++) { row.push(grid[j][i]); }
  t.push(row);
}
console.log("transpose", t);
var diag = 0;
for (var k = 0; k < 3; k++) { diag += grid[k][k]; }
console.log("trace", diag);
var jagged = [[1], [1, 1]];
for (var r = 2; r < 8; r++) {
  var prev = jagged[r - 1];
  var cur = [1];
  for (var c = 1; c < r; c++) { cur.push(prev[c - 1] + prev[c]); }
  cur.push(1);
  jagged.push(cur);
}
console.log(jagged[7], jagged.length);
console.log(jagged);
var cube = [[[0, 1], [2, 3]], [[4, 5], [6, 7]]];
console.log(cube[1][0][1], cube[0][1][0]);
cube[1][1][1] = "seven";
console.log(cube);
var board = [];
for (var y = 0; y < 4; y++) {
  board.push([]);
  for (var x = 0; x < 4; x++) { board[y].push((x + y) % 2 === 0 ? "#" : "."); }
}
for (var z = 0; z < 4; z++) {
  var line = "";
  for (var w = 0; w < 4; w++) { line += board[z][w]; }
  console.log(line);
}
console.log([[], [[]], [[], []]]);
