// A hot function called with varying numbers of arguments.
function f3(a, b, c) {
  var s = 0;
  if (a !== undefined) { s += a; }
  if (b !== undefined) { s += b * 10; }
  if (c !== undefined) { s += c * 100; }
  return s;
}
var t = 0;
for (var i = 0; i < 4000; i++) { t += f3(1, 2, 3); }
console.log("exact", t);
for (var j = 0; j < 2000; j++) { t += f3(1); }
console.log("fewer", t);
for (var k = 0; k < 2000; k++) { t += f3(1, 2, 3, 4, 5); }
console.log("more", t);
for (var m = 0; m < 3000; m++) {
  var r = m % 4;
  t += r === 0 ? f3() : r === 1 ? f3(m) : r === 2 ? f3(m, m) : f3(m, m, m, m);
}
console.log("mixed", t);
function second(a, b) { return b; }
var u = 0;
for (var n = 0; n < 3000; n++) { if (second(n) === undefined) { u++; } }
console.log("undefined seconds", u, second(1, 2), second(1, 2, 3));
var arrow = (x, y) => x + y;
var as = 0;
for (var p = 0; p < 2000; p++) { as += arrow(p, 1); }
console.log(as, arrow(1), arrow("a"), arrow(1, 2, 3));
