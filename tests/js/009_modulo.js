// % keeps the sign of the dividend and works on doubles.
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(0 % 3, -0 % 3, 3 % 3, -3 % 3);
console.log(5.5 % 2, -5.5 % 2, 5 % 2.5, 5.25 % 0.5);
console.log(1 % 0, -1 % 0, 0 % 0, 1 % Infinity, Infinity % 1);
console.log(2147483647 % 10, -2147483648 % 10, -2147483648 % -1);
console.log(1e17 % 7, 0.1 % 0.01, 10 % 0.1);
var counts = [0, 0, 0];
for (var i = -10; i <= 10; i++) {
  var r = i % 3;
  if (r < 0) { r = r + 3; }
  counts[r]++;
}
console.log("mod buckets", counts);
var line = "";
for (var j = -6; j <= 6; j++) {
  line = line + (j % 4) + " ";
}
console.log(line);
function isEven(n) { return n % 2 === 0; }
console.log(isEven(4), isEven(-4), isEven(3), isEven(-3), isEven(2.5));
console.log(-1 % 2 === -1, -2 % 2, 1 / (-2 % 2));
