// Matrix multiplication, identity, powers and a determinant.
function zeros(n, m) {
  var out = [];
  for (var i = 0; i < n; i++) {
    var row = [];
    for (var j = 0; j < m; j++) { row.push(0); }
    out.push(row);
  }
  return out;
}
function matmul(a, b) {
  var n = a.length, m = b[0].length, k = b.length;
  var c = zeros(n, m);
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < m; j++) {
      var s = 0;
      for (var t = 0; t < k; t++) { s += a[i][t] * b[t][j]; }
      c[i][j] = s;
    }
  }
  return c;
}
function identity(n) {
  var id = zeros(n, n);
  for (var i = 0; i < n; i++) { id[i][i] = 1; }
  return id;
}
var a = [[1, 2], [3, 4]];
var b = [[5, 6], [7, 8]];
console.log(matmul(a, b), matmul(b, a));
console.log(matmul(a, identity(2)));
var fibm = [[1, 1], [1, 0]];
var r = identity(2);
for (var p = 0; p < 30; p++) { r = matmul(r, fibm); }
console.log("fib(30) via matrix", r[0][1]);
var rect = [[1, 2, 3], [4, 5, 6]];
var col = [[1], [0.5], [-1]];
console.log(matmul(rect, col));
function det3(m) {
  return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
       - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
       + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}
console.log(det3([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det3(identity(3)));
var n = 12;
var big = zeros(n, n);
for (var i = 0; i < n; i++) {
  for (var j = 0; j < n; j++) { big[i][j] = (i * n + j) % 7 - 3 + 0.5; }
}
var sq = matmul(big, big);
var trace = 0;
for (var d = 0; d < n; d++) { trace += sq[d][d]; }
console.log("trace", trace, sq[0][0], sq[11][11]);
console.log(identity(4));
