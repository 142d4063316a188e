// Small string building: concatenation of short strings and numbers, then lengths.
var COUNT = 9000;  // quick: 300
var ROUNDS = 4;  // quick: 2
function label(i) {
  return "item" + i + ":" + (i % 7);
}
function build(n) {
  var s = "";
  var total = 0;
  for (var i = 0; i < n; i++) {
    var part = label(i);
    total = total + part.length;
    if (i % 50 === 0) s = "";
    s = s + part + ",";
  }
  return total + s.length;
}
var check = 0;
for (var r = 0; r < ROUNDS; r++) check = check + build(COUNT + r);
console.log("strings", check);
