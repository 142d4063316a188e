// Nested loops: the inner loop gets hot first and OSR enters there; the outer loop then
// continues in the same optimized code.
function grid(rows, cols) {
  var s = 0;
  for (var r = 0; r < rows; r++) {
    for (var c = 0; c < cols; c++) {
      s = (s + r * cols + c) | 0;
    }
    s = s ^ r;
  }
  return s;
}
console.log(grid(3, 2000));
function again(n) {
  var t = 0;
  for (var a = 0; a < n; a++) {
    var b = 0;
    while (b < 300) { t += b & 7; b++; }
  }
  return t;
}
console.log(again(10), again(4));
