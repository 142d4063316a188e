// Repeated cycles of warm-up and deoptimization on the same functions.
function f(a, b) { return a + b; }
var phases = [
  [1, 2],
  [1.5, 2],
  [1, 2],
  ["a", 2],
  [1, 2],
  [2147483647, 1],
  [null, 1],
  [1, 2]
];
var results = [];
for (var p = 0; p < phases.length; p++) {
  var x = phases[p][0], y = phases[p][1];
  var r;
  for (var i = 0; i < 1500; i++) { r = f(x, y); }
  results.push(r);
}
console.log(results);
function g(o) { return o.k * 2; }
var objs = [{ k: 1 }, { j: 0, k: 2 }, { k: 1.5 }, { k: "3" }, { k: 4 }];
var out = [];
for (var q = 0; q < objs.length; q++) {
  var v;
  for (var n = 0; n < 1000; n++) { v = g(objs[q]); }
  out.push(v);
}
console.log(out);
var total = 0;
for (var m = 0; m < 2000; m++) { total += g(objs[m % objs.length]); }
console.log("all shapes", total);
