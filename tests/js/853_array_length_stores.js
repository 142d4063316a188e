// Writes of array length and appends at index == length in optimized code: truncation then
// reads, growth with holes, growth past capacity, invalid lengths, frozen arrays, strict
// mode, elements kinds, and a deopt in the middle of a filling loop.
function setLength(a, n) { a.length = n; return a.length; }
function fill(n) {
  var a = [];
  for (var i = 0; i < n; i++) a[i] = i * 2;
  return a;
}
function fillDoubles(n) {
  var a = [0.5];
  for (var i = 1; i < n; i++) a[i] = i + 0.25;
  return a;
}
function appendAny(a, n) {
  for (var i = a.length; i < n; i++) a[a.length] = i % 3 ? 'x' + i : i;
  return a;
}

var total = 0;
for (var k = 0; k < 300; k++) {
  var a = fill(20);
  total += setLength(a, 10) + a[9] + (a[10] === undefined ? 1 : 0);
  total += setLength(a, 12) + (11 in a ? 100 : 0) + (a[11] === undefined ? 1 : 0);
  total += setLength(a, 0);
}
console.log('truncate/grow', total);

var b = fill(8);
setLength(b, 3);
console.log(b, b.length, 5 in b, b[5]);
setLength(b, 6);
console.log(b, b.length);
b[6] = 'after';
console.log(b);
setLength(b, 50);
console.log(b.length, b[49], 49 in b);
setLength(b, 1);
console.log(b);

// invalid lengths: the runtime's RangeError
var bad = [-1, 1.5, 2 ** 32, NaN, 'abc'];
for (var i = 0; i < bad.length; i++) {
  try { setLength([1, 2, 3], bad[i]); console.log('no error', bad[i]); }
  catch (e) { console.log(e.constructor.name, e.message); }
}
console.log('string length', setLength([1, 2, 3, 4], '2'), setLength([1], 3.0));

// frozen: the write is ignored in sloppy code, a TypeError in strict code
var frozen = Object.freeze([1, 2, 3]);
console.log('frozen', setLength(frozen, 1), frozen);
function strictSet(a, n) { 'use strict'; a.length = n; return a.length; }
for (var k = 0; k < 2000; k++) strictSet([1, 2], k & 1);
try { strictSet(frozen, 0); } catch (e) { console.log(e.constructor.name); }

// appends
var s = 0;
for (var k = 0; k < 200; k++) { var f = fill(37); s += f.length + f[36]; }
console.log('appends', s, fill(5));
var d = 0;
for (var k = 0; k < 200; k++) { var g = fillDoubles(9); d += g[8]; }
console.log('double appends', d, fillDoubles(4));
var m = 0;
for (var k = 0; k < 200; k++) m += appendAny([1, 2], 12).length;
console.log('mixed appends', m, appendAny([1], 6));

// a store that would leave a gap is a hole-making store in the runtime
function storeAt(a, i, v) { a[i] = v; return a; }
for (var k = 0; k < 3000; k++) storeAt([0, 1, 2], k % 4, k);
console.log('gap', storeAt([0], 3, 9), storeAt([0, 1], 2, 'deopt: not an int32'));

// a deopt in the middle of an appending loop keeps everything stored so far
function appendUntil(n, bad) {
  var out = [];
  for (var i = 0; i < n; i++) out[i] = i === bad ? 'changed' : i;
  return out;
}
for (var k = 0; k < 300; k++) appendUntil(20, -1);
console.log(appendUntil(8, 5));
