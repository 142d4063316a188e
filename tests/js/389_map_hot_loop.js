// Map and Set operations in hot loops with changing key types.
var m = new Map();
for (var i = 0; i < 4000; i++) m.set(i % 100, (m.get(i % 100) || 0) + i);
var total = 0;
m.forEach((v) => { total += v; });
console.log(m.size, total, m.get(0), m.get(99));
var sm = new Map();
for (var j = 0; j < 3000; j++) {
  var key = j % 2 ? 'odd' + (j % 5) : j % 5;
  sm.set(key, j);
}
console.log(sm.size, [...sm.keys()]);
var s = new Set();
var hits = 0;
for (var k = 0; k < 4000; k++) {
  var v = (k * 31) % 257;
  if (s.has(v)) {
    hits++;
    if (k % 3 === 0) s.delete(v);
  } else s.add(v);
}
console.log(s.size, hits);
var cache = new Map();
function fib(n) {
  if (n < 2) return n;
  if (cache.has(n)) return cache.get(n);
  var r = fib(n - 1) + fib(n - 2);
  cache.set(n, r);
  return r;
}
console.log(fib(70), cache.size);
var objKeys = [];
for (var q = 0; q < 20; q++) objKeys.push({ q: q });
var om = new Map();
for (var r = 0; r < 3000; r++) om.set(objKeys[r % 20], r);
console.log(om.size, om.get(objKeys[0]), om.get(objKeys[19]));
