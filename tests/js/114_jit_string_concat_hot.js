// Hot string concatenation and comparison sites that see numbers too.
function join2(a, b) { return a + b; }
var s = "";
for (var i = 0; i < 3000; i++) { s = join2(s, i % 10); }
console.log(s.length);
var n = 0;
for (var j = 0; j < 3000; j++) { n = join2(n, 1); }
console.log(n, join2("a", 1), join2(1, "a"), join2(1.5, 2), join2(null, "x"));
function cmp(a, b) { return a < b; }
var c = 0;
var words = ["apple", "banana", "cherry", "date"];
for (var k = 0; k < 3000; k++) {
  if (cmp(words[k % 4], words[(k + 1) % 4])) { c++; }
}
console.log("string less", c);
for (var m = 0; m < 2000; m++) { if (cmp(m, 1000)) { c++; } }
console.log("mixed", c, cmp("10", "9"), cmp("10", 9), cmp(1, "x"));
function label(v) { return "v=" + v; }
var totalLen = 0;
for (var p = 0; p < 2000; p++) { totalLen += label(p).length; }
console.log(totalLen, label(0.1), label(-0), label(1e21), label(undefined), label([1, 2]));
function eq(a, b) { return a == b; }
var e = 0;
for (var q = 0; q < 2000; q++) { if (eq(q % 5, "3")) { e++; } }
console.log("loose eq", e, eq(null, undefined), eq("1", 1), eq(0, ""));
