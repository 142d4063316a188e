// The Ackermann function for small arguments: deep, non-primitive recursion.
function ack(m, n) {
  if (m === 0) { return n + 1; }
  if (n === 0) { return ack(m - 1, 1); }
  return ack(m - 1, ack(m, n - 1));
}
var rows = [];
for (var m = 0; m <= 2; m++) {
  var row = [];
  for (var n = 0; n <= 4; n++) {
    row.push(ack(m, n));
  }
  rows.push(row);
}
console.log(rows);
console.log("ack(3,2)", ack(3, 2));
console.log("ack(3,3)", ack(3, 3));
var calls = 0;
function ackCount(m, n) {
  calls++;
  if (m === 0) { return n + 1; }
  if (n === 0) { return ackCount(m - 1, 1); }
  return ackCount(m - 1, ackCount(m, n - 1));
}
console.log(ackCount(2, 3), calls);
calls = 0;
console.log(ackCount(3, 1), calls);
