// Array: the constructor, adding/removing, slicing, splicing, searching; holes made with delete.
function holey(a, i) { delete a[i]; return a; }
console.log(new Array(3), Array(3), new Array('3'), new Array(1, 2), Array(0), Array(), new Array(2).length, Array.of(7, 8), Array.isArray([]), Array.isArray({ length: 0 }));
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { Array(1.5); } catch (e) { console.log(e.name, e.message); }
var a = [1, 2, 3];
console.log(a.push(4, 5), a, a.push(), a.pop(), a, a.shift(), a, a.unshift(8, 9), a, [].pop(), [].shift(), [].unshift());
var b = [1, 2, 3, 4, 5];
console.log(b.slice(), b.slice(2), b.slice(-2), b.slice(1, -1), b.slice(NaN), b.slice(1.5, 3.5), b.slice(10), b.slice(-10, 2), b.slice(3, 1), b.slice(0, Infinity));
var c = [1, 2, 3, 4, 5];
console.log(c.splice(-2), c, c.splice(1, 1, 'x', 'y'), c, c.splice(), c, c.splice(undefined), c);
var d = [1, 2, 3, 4, 5];
console.log(d.splice(1, -1), d.splice(1.7, 1.9), d, d.splice(NaN, 1), d, d.splice(1, 0, 'a', 'b', 'c'), d, d.splice(-2, Infinity), d);
console.log([1, 2].concat(3, [4, 5], [[6]], 'ab', null), [].concat([]), [1].concat(holey([7, 8], 0)), holey([1, 2, 3], 1).concat([4]));
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(undefined), [null, undefined, 1].join('-'), [[1, 2], [3]].join(';'), [].join(), holey([1, 2, 3], 1).join('+'));
console.log([1, 2, 3].toString(), String([1, [2, [3, [4]]]]), [1, 2] + '', [{}] + '', [function f() { }].length, [1.5, -0, NaN].join());
var cyc = [1, 2]; cyc.push(cyc); cyc.push(3);
console.log(cyc.join('|'), String(cyc));
console.log([1, 2, 3].reverse(), holey([1, 2, 3, 4], 1).reverse(), [].reverse(), [1].reverse());
console.log([1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(0, 1, -1), [1, 2, 3, 4].fill(7, NaN, 2), [1, 2, 3].fill(9, 5), new Array(3).fill('z'), [1, 2, 3].fill());
var e = [1, 2, 3, 2, 1, NaN];
console.log(e.indexOf(2), e.indexOf(2, 2), e.indexOf(2, -2), e.indexOf(1, -1), e.indexOf(9), e.indexOf(NaN), e.indexOf(3, Infinity), e.indexOf(1, -Infinity), e.indexOf('2'));
console.log(e.lastIndexOf(2), e.lastIndexOf(2, 2), e.lastIndexOf(2, -3), e.lastIndexOf(1, -7), e.lastIndexOf(1, Infinity), e.lastIndexOf(1, -Infinity), e.lastIndexOf(NaN));
console.log(e.includes(NaN), e.includes(2, 4), e.includes(1, -2), [0].includes(-0), [-0].indexOf(0), holey([1, 2], 0).includes(undefined), holey([1, 2], 0).indexOf(undefined));
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at(1.7), [1, 2, 3].at('1'));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, [2, [3]]].flat(0), holey([1, 2, [3, 4]], 1).flat(), [[]].flat());
var f = [5, 1, 4];
f.length = 5; console.log(f, f.length); f.length = 1; console.log(f);
var g = []; g[3] = 'x'; console.log(g, g.length, g.indexOf(undefined), g.includes(undefined), g.join('-'));
var h = [3, 2, 1];
console.log(h.toReversed(), h.toSorted(), h['with'](0, 9), h['with'](-1, 0), h);
try { h['with'](3, 1); } catch (e) { console.log(e.name, e.message); }
var fz = Object.freeze([3, 1, 2]);
function tryIt(label, fn) { try { console.log(label, fn()); } catch (err) { console.log(label, err.name + ': ' + err.message); } }
tryIt('push', function () { return fz.push(4); });
tryIt('pop', function () { return fz.pop(); });
tryIt('shift', function () { return fz.shift(); });
tryIt('unshift', function () { return fz.unshift(0); });
tryIt('sort', function () { return fz.sort(); });
tryIt('reverse', function () { return fz.reverse(); });
tryIt('fill', function () { return fz.fill(0); });
tryIt('splice', function () { return fz.splice(0, 1); });
tryIt('splice+', function () { return fz.splice(0, 0, 9); });
tryIt('emptypop', function () { return Object.freeze([]).pop(); });
tryIt('emptysort', function () { return Object.freeze([]).sort(); });
tryIt('slice', function () { return fz.slice(1); });
var big = [];
for (var i = 0; i < 3000; i++) big.push(i % 7);
var cnt = 0;
for (var j = 0; j < 100; j++) cnt += big.indexOf(j % 7, j) + big.lastIndexOf(3) + (big.includes(j) ? 1 : 0);
console.log(big.length, cnt, big.slice(10, 20).join(''), big.splice(5, 3).length, big.length);
