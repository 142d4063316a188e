// Nested loops over arrays of arrays: a dense matrix multiply, repeated.
var SIZE = 28;  // quick: 6
var ROUNDS = 4;  // quick: 2
function makeMatrix(n, seed) {
  var m = [];
  for (var i = 0; i < n; i++) {
    var row = [];
    for (var j = 0; j < n; j++) {
      row.push(((i * 7 + j * 3 + seed) % 11) - 5);
    }
    m.push(row);
  }
  return m;
}
function multiply(a, b, n) {
  var c = [];
  for (var i = 0; i < n; i++) {
    var row = [];
    var ai = a[i];
    for (var j = 0; j < n; j++) {
      var s = 0;
      for (var k = 0; k < n; k++) {
        s = s + ai[k] * b[k][j];
      }
      row.push(s);
    }
    c.push(row);
  }
  return c;
}
function trace(m, n) {
  var t = 0;
  for (var i = 0; i < n; i++) t = t + m[i][i];
  return t;
}
var a = makeMatrix(SIZE, 1);
var b = makeMatrix(SIZE, 2);
var check = 0;
for (var r = 0; r < ROUNDS; r++) {
  var c = multiply(a, b, SIZE);
  check = check + trace(c, SIZE) + c[r % SIZE][(r * 5) % SIZE];
  a = c;
  for (var i = 0; i < SIZE; i++) for (var j = 0; j < SIZE; j++) a[i][j] = a[i][j] % 97;
}
console.log("matmul", check);
