// Queens: counts every placement of 8 non-attacking queens by backtracking over free rows and diagonals.
// Self-check: the 8-queens problem has 92 solutions.
var ITERATIONS = 10;
var N = 8;

function Board(n) {
  this.n = n;
  this.rowFree = [];
  this.upFree = [];      // diagonals where row + column is constant
  this.downFree = [];    // diagonals where row - column is constant
  for (var i = 0; i < n; i++) this.rowFree.push(true);
  for (var d = 0; d < 2 * n - 1; d++) {
    this.upFree.push(true);
    this.downFree.push(true);
  }
}

function solutions(board, col) {
  var n = board.n;
  if (col === n) return 1;
  var found = 0;
  for (var row = 0; row < n; row++) {
    var up = row + col;
    var down = row - col + n - 1;
    if (board.rowFree[row] && board.upFree[up] && board.downFree[down]) {
      board.rowFree[row] = false;
      board.upFree[up] = false;
      board.downFree[down] = false;
      found += solutions(board, col + 1);
      board.rowFree[row] = true;
      board.upFree[up] = true;
      board.downFree[down] = true;
    }
  }
  return found;
}

var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = solutions(new Board(N), 0);
  if (result !== 92) ok = false;
}
console.log("queens", result, ok ? "ok" : "WRONG");
