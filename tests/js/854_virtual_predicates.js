// Escape analysis with predicates and run-time indexes: objects and array literals that
// never leave the function stay virtual through typeof, in, instanceof, hasOwnProperty and
// element accesses at a variable index; out-of-range indexes and holes deopt and
// materialize them, with the same answers.
class Pair { constructor(a, b) { this.a = a; this.b = b; } sum() { return this.a + this.b; } }

function classify(x) {
  var p = new Pair(x, 1);
  var o = { k: x };
  var n = 0;
  if (typeof p === 'object') n += 1;
  if (p instanceof Pair) n += 2;
  if ('a' in p) n += 4;
  if ('sum' in p) n += 8;
  if ('zz' in o) n += 16;
  if (o.hasOwnProperty('k')) n += 32;
  if (p instanceof Array) n += 64;
  return n + p.sum();
}
var s = 0;
for (var i = 0; i < 4000; i++) s += classify(i & 7);
console.log('classify', s);

function pick(i, x) {
  var table = [x, x * 2, x * 3, x * 4];
  return table[i];
}
var t = 0;
for (var i = 0; i < 4000; i++) t += pick(i & 3, i);
console.log('pick', t);
// out of range: the deopt materializes the array and the interpreter answers
console.log('out of range', pick(4, 1), pick(-1, 1), pick(1.5, 1), pick('2', 1));

function poke(i, v) {
  var a = [0, 0, 0];
  a[i] = v;
  return a[0] + a[1] * 10 + a[2] * 100;
}
var u = 0;
for (var i = 0; i < 4000; i++) u += poke(i % 3, 1);
console.log('poke', u, poke(3, 5), poke(-1, 5));

function holes(i) {
  var a = [1, , 3];
  return a[i];
}
var h = 0;
for (var i = 0; i < 3000; i++) h += holes(i & 1 ? 0 : 2);
console.log('holes', h, holes(1));
Array.prototype[1] = 'from the prototype';
console.log(holes(1));
delete Array.prototype[1];
