// Only the types of Date.now() and performance.now() are printed (values differ per run).
var t = Date.now();
console.log(typeof t, typeof Date.now, t > 0);
var p = performance.now();
console.log(typeof p, p >= 0);
var p2 = performance.now();
console.log(p2 >= p);
var t2 = Date.now();
console.log(t2 >= t, t2 === Math.floor(t2));
