// Sparse arrays (dictionary elements): huge lengths, far-apart indexes, and every operation on them.
function sum(a) { var s = 0; for (const x of a) { if (x !== undefined) s += x; } return s; }
function isArr(a) { return Array.isArray(a); }
function len(a) { return a.length; }
function at(a, i) { return a[i]; }
var dense = [1, 2, 3];
var sparse = [1, 2, 3];
sparse[5000] = 4;
var t = 0;
for (var i = 0; i < 300; i++) {
  t += sum(dense) + len(dense) + (isArr(dense) ? 1 : 0) + at(dense, 1);
}
console.log(t, sum(sparse), isArr(sparse), len(sparse), at(sparse, 5000), at(sparse, 4999), at(sparse, 2));
var big = [];
big.length = 2 ** 32 - 1;
console.log(big.length, isArr(big), len(big), at(big, 7));
big[10] = 'x';
big.length = 5;
console.log(big.length, big[10], Object.keys(big));
var s2 = [];
s2[1e6] = 1; s2[3] = 2; s2[500000] = 3;
console.log(s2.length, Object.keys(s2), 3 in s2, 4 in s2);
delete s2[3];
console.log(Object.keys(s2), s2.pop(), s2.length);
for (var k in s2) console.log('key', k);
console.log(JSON.stringify([1, , 3]));
var s3 = []; s3[3000] = 'z'; s3[1] = 'y';
console.log(s3.indexOf('z'), s3.join('').length, s3.slice(0, 3), s3.includes('y'));
var q = []; q[2000] = 1; q.push(2); console.log(q.length, q[2001]);
console.log(s3);
console.log(big);
var big = [];
big.length = 2 ** 32 - 1;
console.log(big);
big[7] = { k: 'v' };
big[4e9] = 'far';
console.log(big);
console.log(Object.keys(big), big.length);
var s = [];
for (var i = 0; i < 50; i++) s[i * 100000] = { i: i, tag: 'obj' + i };
var t = 0;
for (var i = 0; i < 50; i++) t += s[i * 100000].i;
console.log(t, s.length, Object.keys(s).length);
var sum = 0;
s.forEach(function (o) { sum += o.i; });
console.log(sum);
console.log(JSON.stringify(Object.keys(s).slice(0, 3)));
var r = [];
r[10000] = 'a';
r.reverse();
console.log(r[0], r.length, r[10000]);
var m = [];
m[5000] = 3; m[1] = 1; m[2500] = 2;
m.sort();
console.log(m[0], m[1], m[2], m[3], m.length);
var f = [];
f[3000] = 1;
console.log(f.filter(function () { return true; }), f.map(function (x) { return x * 2; }).length);
var sh = []; sh[3000] = 'end'; sh[0] = 'start';
console.log(sh.shift(), sh.length, sh[2999]);
sh.unshift('new');
console.log(sh[0], sh[3000], sh.length);
var sp = []; sp[4000] = 'x';
console.log(sp.splice(3999, 2), sp.length);
console.log(Array.isArray(big), big instanceof Array, typeof big);
var h = []; h[2000] = 1;
console.log(h.lastIndexOf(1), h.findIndex(function (x) { return x === 1; }), h.some(function (x) { return x === 1; }));
console.log([].concat(h).length, Array.from(h).length, [...h].length);
var ln = []; ln[1500] = 1; ln.length = 0; console.log(ln.length, ln[1500], JSON.stringify(ln));
