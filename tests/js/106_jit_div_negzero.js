// Hot division that yields integers for a long time, then fractions and -0.
function div(a, b) { return a / b; }
var s = 0;
for (var i = 0; i < 4000; i++) { s += div(i * 6, 3); }
console.log("exact", s);
for (var j = 0; j < 2000; j++) { s += div(j, 4); }
console.log("fractions", s);
console.log(div(0, -5), div(-0, 5), div(0, 5), 1 / div(0, -5));
console.log(div(1, 0), div(-1, 0), div(0, 0), div(7, 7));
function mulNeg(a, b) { return a * b; }
var t = 0;
for (var k = 1; k < 4000; k++) { t += mulNeg(k, -1); }
console.log("products", t, mulNeg(0, -1), 1 / mulNeg(0, -1), mulNeg(-0, -0));
function mod(a, b) { return a % b; }
var m = 0;
for (var n = 0; n < 3000; n++) { m += mod(n, 7); }
console.log("mods", m, mod(-7, 7), 1 / mod(-7, 7), mod(5.5, 2), mod(1, 0));
function half(x) { return Math.floor(x / 2); }
var h = 0;
for (var p = 0; p < 2000; p++) { h += half(p); }
console.log("floors", h, half(-1), half(-0), half(1e21), half(NaN));
var results = [];
for (var q = -3; q <= 3; q++) { results.push(div(q, 2)); results.push(mod(q, 2)); }
console.log(results);
