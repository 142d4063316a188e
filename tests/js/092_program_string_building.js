// Building strings with + and +=: tables, padding and number formatting.
function padLeft(s, width) {
  s = "" + s;
  while (s.length < width) { s = " " + s; }
  return s;
}
function repeat(s, n) {
  var out = "";
  for (var i = 0; i < n; i++) { out += s; }
  return out;
}
console.log("[" + padLeft(42, 6) + "]", "[" + padLeft("abcdefgh", 3) + "]");
console.log(repeat("-=", 10), repeat("x", 0).length);
for (var r = 1; r <= 5; r++) {
  var line = "";
  for (var c = 1; c <= 5; c++) { line += padLeft(r * c, 4); }
  console.log(line);
}
function bar(label, n) { return padLeft(label, 6) + " |" + repeat("#", n) + " " + n; }
var data = [3, 7, 1, 9, 4];
for (var k = 0; k < data.length; k++) { console.log(bar("row" + k, data[k])); }
function toBinary(n) {
  if (n === 0) { return "0"; }
  var s = "";
  while (n > 0) { s = (n % 2) + s; n = Math.floor(n / 2); }
  return s;
}
console.log(toBinary(0), toBinary(5), toBinary(255), toBinary(1024), toBinary(4294967295));
var digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"];
function toHex(n) {
  var s = "";
  do { s = digits[n % 16] + s; n = Math.floor(n / 16); } while (n > 0);
  return s;
}
console.log(toHex(0), toHex(255), toHex(48879), toHex(3735928559));
var csv = "";
var rows = [[1, "a", true], [2.5, "b", null], [-0, "c", undefined]];
for (var i = 0; i < rows.length; i++) {
  csv += rows[i][0] + "," + rows[i][1] + "," + rows[i][2] + ";";
}
console.log(csv, csv.length);
