// Hot functions reading globals that change value and type between phases.
var factor = 2;
var offset = 0;
function scaled(x) { return x * factor + offset; }
var s = 0;
for (var i = 0; i < 4000; i++) { s += scaled(i); }
console.log("phase 1", s);
factor = 0.5;
for (var j = 0; j < 2000; j++) { s += scaled(j); }
console.log("phase 2", s);
offset = "!";
console.log("phase 3", scaled(3), typeof scaled(3));
offset = 0;
factor = 2147483647;
var t = 0;
for (var k = 0; k < 2000; k++) { t += scaled(k % 3); }
console.log("phase 4", t);
var handler = function (x) { return x + 1; };
function dispatch(x) { return handler(x); }
var d = 0;
for (var m = 0; m < 3000; m++) { d += dispatch(m); }
console.log("dispatch", d);
handler = function (x) { return x - 1; };
console.log(dispatch(10));
handler = null;
var config = { limit: 10 };
function underLimit(x) { return x < config.limit; }
var c = 0;
for (var n = 0; n < 3000; n++) { if (underLimit(n % 20)) { c++; } }
console.log("under", c);
config = { other: 1, limit: 15 };
c = 0;
for (var p = 0; p < 2400; p++) { if (underLimit(p % 20)) { c++; } }
console.log("under new config", c);
let counter = 0;
function tick() { counter++; return counter; }
for (var q = 0; q < 3000; q++) { tick(); }
console.log("counter", counter);
