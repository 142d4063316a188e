// Backtracking: count N-queens solutions and print the first one for N = 6.
function solve(n) {
  var cols = [];
  var count = 0;
  var first = null;
  function safe(row, col) {
    for (var r = 0; r < row; r++) {
      var c = cols[r];
      if (c === col || c - col === row - r || col - c === row - r) { return false; }
    }
    return true;
  }
  function place(row) {
    if (row === n) {
      count++;
      if (first === null) {
        first = [];
        for (var k = 0; k < n; k++) { first.push(cols[k]); }
      }
      return;
    }
    for (var col = 0; col < n; col++) {
      if (safe(row, col)) {
        cols[row] = col;
        place(row + 1);
      }
    }
  }
  place(0);
  return { count: count, first: first };
}
var counts = [];
for (var n = 1; n <= 6; n++) { counts.push(solve(n).count); }
console.log(counts);
var r = solve(6);
console.log(r);
for (var row = 0; row < 6; row++) {
  var line = "";
  for (var c = 0; c < 6; c++) { line += r.first[row] === c ? "Q " : ". "; }
  console.log(line);
}
