// Array.prototype.sort (default order, comparators, stability, undefined and holes), iterators, Array.from.
function holey(a, i) { delete a[i]; return a; }
console.log([10, 9, 1, 100, 'b', 'a', null, true, undefined, 'B'].sort(), [5, 1, 10, -1, -0, 0, 2.5, -2.5].sort());
console.log([5, 1, 10, -1].sort(function (a, b) { return a - b; }), [5, 1, 10, -1].sort(function (a, b) { return b - a; }), [3, 1, 2].sort(undefined));
console.log(holey([3, undefined, 1, 0, 2], 3).sort(), holey([3, undefined, 1, 0, 2], 3).sort(function (a, b) { return b - a; }));
console.log(['b', 'a', 'C', 'é', 'e', 'B', '😀', 'ﬀ', 'Z', '_'].sort(), [[2, 1], [1, 2], [1, 1]].sort(), [true, false, 'true'].sort());
var people = [{ n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }, { n: 'd', age: 25 }, { n: 'e', age: 30 }];
console.log(people.sort(function (x, y) { return x.age - y.age; }).map(function (p) { return p.n; }).join(''));
var stable = [];
for (var i = 0; i < 40; i++) stable.push({ k: i % 3, i: i });
stable.sort(function (a, b) { return a.k - b.k; });
console.log(stable.map(function (o) { return o.i; }).join(','));
console.log([3, 1, 2].sort(function () { return 0; }), [1, 2, 3].sort(function (a, b) { return NaN; }), [1, 2, 3].sort(function (a, b) { return b > a; }));
console.log(['10', '9', '1'].sort(function (a, b) { return a - b; }), [0.1, 0.01, 1e-7, 1e21].sort(), [-1, -2, -10].sort());
var calls = 0, sorted = [4, 3, 2, 1].sort(function (a, b) { calls++; return a - b; });
console.log(sorted, calls > 0, [2, 1].sort() === [2, 1].sort() ? 'same' : 'different');
var arr = [1, 2, 3]; console.log(arr.sort() === arr);
try { [1, 2].sort(3); } catch (e) { console.log(e.name, e.message); }
try { [1, 2].sort(null); } catch (e) { console.log(e.name, e.message); }
try { [2, 1].sort(function () { throw new Error('cmp'); }); } catch (e) { console.log(e.name, e.message); }
console.log([1, 2, 3].keys(), [1, 2].values().next(), [1, 2].entries().next(), [].keys().next());
var it = ['a', 'b'].entries(), out = [], step = it.next();
while (!step.done) { out.push(step.value); step = it.next(); }
console.log(out, it.next(), it.next().done);
var live = [1, 2], liveIt = live.values();
console.log(liveIt.next().value); live.push(3); console.log(liveIt.next().value, liveIt.next().value, liveIt.next().done);
var keysOfHoles = [];
var kit = holey([1, 2, 3], 1).keys(), kstep = kit.next();
while (!kstep.done) { keysOfHoles.push(kstep.value); kstep = kit.next(); }
console.log(keysOfHoles, Object.prototype.toString.call([].keys()));
console.log(Array.from('héllo'), Array.from([1, 2], function (x, i) { return x * 10 + i; }), Array.from({ length: 3 }), Array.from({ length: 2, 0: 'x' }));
console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])), Array.from([1, 2].keys()), Array.from(holey([1, 2, 3], 1)), Array.from(5));
try { Array.from(null); } catch (e) { console.log(e.name, e.message); }
try { Array.from([1], 3); } catch (e) { console.log(e.name, e.message); }
console.log(Array.of(), Array.of(undefined), Array.of(1, 'a'), Array.isArray(Array.of()), Array.from.length, Array.of.length, Array.prototype.concat.length);
var seq = [];
for (var n = 0; n < 2000; n++) seq.push((n * 7919) % 2003);
seq.sort(function (a, b) { return a - b; });
var okOrder = true;
for (var q = 1; q < seq.length; q++) if (seq[q - 1] > seq[q]) okOrder = false;
var words = [];
for (var w = 0; w < 300; w++) words.push('w' + ((w * 37) % 300));
words.sort();
console.log(okOrder, seq[0], seq[1999], words.slice(0, 5).join(' '), words[299]);
