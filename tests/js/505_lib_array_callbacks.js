// Array methods with callbacks: arguments, thisArg, holes, mutation during iteration, errors.
function holey(a, i) { delete a[i]; return a; }
var log = [];
[10, 20, 30].forEach(function (v, i, arr) { log.push(v + ':' + i + ':' + arr.length + ':' + this.tag); }, { tag: 'T' });
console.log(log.join(' '));
console.log([1, 2, 3].map(function (x) { return x * 2; }), holey([1, 2, 3], 1).map(function (x) { return x * 2; }), [].map(String));
console.log([1, 2, 3, 4].filter(function (x) { return x % 2; }), holey([1, 2, 3], 1).filter(function () { return true; }), [0, 1, '', 'a', null].filter(Boolean));
console.log([1, 2, 3].reduce(function (a, b) { return a + b; }), [1, 2, 3].reduce(function (a, b) { return a + b; }, 10), [[1], [2]].reduce(function (a, b) { return a.concat(b); }, []));
console.log([1, 2, 3].reduceRight(function (a, b) { return a + '' + b; }), holey([0, 1, 2], 0).reduce(function (a, b) { return a + b; }), [5].reduce(function () { return 0; }));
var steps = [];
['a', 'b', 'c'].reduce(function (acc, v, i, arr) { steps.push(acc + v + i + arr.length); return acc + v; }, '>');
console.log(steps.join(' '));
console.log([1, 2, 3].some(function (x) { return x > 2; }), [].some(function () { return true; }), [1, 2].every(function (x) { return x > 0; }), [].every(function () { return false; }));
console.log([5, 12, 8, 130].find(function (x) { return x > 10; }), [5, 12].findIndex(function (x) { return x > 100; }), [1, 2, 3, 4].findLast(function (x) { return x % 2; }), [1, 2, 3].findLastIndex(function (x) { return x > 5; }));
console.log(holey([1, 2, 3], 1).find(function (x) { return x === undefined; }), holey([1, 2, 3], 1).findIndex(function (x) { return x === undefined; }));
var visits = [];
holey([1, 2, 3, 4], 2).forEach(function (v, i) { visits.push(i); });
console.log(visits, holey([1, 2, 3], 1).some(function (x) { return x === undefined; }), holey([1, 2, 3], 1).every(function (x) { return x !== undefined; }));
console.log([1, 2].flatMap(function (x) { return [x, [x * 10]]; }), [1, 2, 3].flatMap(function (x) { return x === 2 ? [] : x; }), ['a b', 'c'].flatMap(function (s) { return s.split(' '); }));
var grow = [1, 2, 3], seen = [];
grow.forEach(function (v) { seen.push(v); if (grow.length < 6) grow.push(v * 10); });
console.log(seen, grow);
var shrink = [1, 2, 3, 4, 5], seen2 = [];
shrink.forEach(function (v) { seen2.push(v); shrink.pop(); });
console.log(seen2, shrink);
var m = [1, 2, 3].map(function (x, i, arr) { arr[i + 1] = 0; return x; });
console.log(m);
function tryIt(label, fn) { try { console.log(label, fn()); } catch (err) { console.log(label, err.name + ': ' + err.message); } }
tryIt('map3', function () { return [1].map(3); });
tryIt('mapstr', function () { return [1].map('abc'); });
tryIt('mapobj', function () { return [1].map({}); });
tryIt('maparr', function () { return [1].map([1, 2]); });
tryIt('mapnull', function () { return [1].map(null); });
tryIt('foreach', function () { return [].forEach(); });
tryIt('reduce', function () { return [].reduce(function (a, b) { return a; }); });
tryIt('reduceR', function () { return holey([1], 0).reduceRight(function (a) { return a; }); });
tryIt('find', function () { return [1].find(true); });
tryIt('filter', function () { return [1].filter(new Map()); });
tryIt('every', function () { return [1].every(1.5); });
tryIt('throws', function () { return [1, 2, 3].map(function (x) { if (x === 2) throw new Error('stop at ' + x); return x; }); });
tryIt('generic', function () { return Array.prototype.map.call('abc', function (c) { return c + c; }); });
tryIt('arraylike', function () { return Array.prototype.filter.call({ length: 3, 0: 'a', 2: 'c' }, function () { return true; }); });
tryIt('nullthis', function () { return Array.prototype.forEach.call(null, function () { }); });
tryIt('join', function () { return Array.prototype.join.call({ length: 2, 0: 'x', 1: 'y' }, '-'); });
var o = { length: 2, 0: 'a', 1: 'b' };
tryIt('push', function () { return [Array.prototype.push.call(o, 'c'), o.length, o[2]]; });
tryIt('pop', function () { return [Array.prototype.pop.call(o), o.length]; });
tryIt('slice', function () { return Array.prototype.slice.call(o, 1); });
tryIt('reverse', function () { return Array.prototype.reverse.call({ length: 3, 0: 1, 1: 2, 2: 3 }); });
tryIt('indexOf', function () { return Array.prototype.indexOf.call('hello', 'l'); });
var total = 0, arr = [];
for (var i = 0; i < 500; i++) arr.push(i);
for (var k = 0; k < 20; k++) {
  total += arr.map(function (x) { return x * k; }).filter(function (x) { return x % 3 === 0; }).reduce(function (s, x) { return s + x; }, 0);
  arr.forEach(function (x) { if (x === k) total += 1; });
}
console.log(total, arr.some(function (x) { return x === 499; }), arr.every(function (x) { return x < 500; }));
