// flat with depths and flatMap.
const nested = [1, [2, [3, [4, [5]]]], 6];
console.log(nested.flat(), nested.flat(2), nested.flat(Infinity), nested.flat(0), nested.flat(-1));
console.log(JSON.stringify(nested.flat()), nested.flat().length);
// flat removes holes.
console.log([1, , 3, [4, , 6]].flat(), [, [,]].flat());
// Non-array elements are kept as they are, including strings and array-likes.
console.log(['ab', { length: 1, 0: 'x' }, [['deep']]].flat());
// flatMap: one level only.
const words = ['hello world', 'the quick fox'];
console.log(words.flatMap(s => s.split(' ')), words.map(s => s.split(' ')));
console.log([1, 2, 3].flatMap(x => [x, x * 10]), [1, 2, 3].flatMap(x => [[x]]), [1, 2, 3].flatMap(x => x % 2 ? [] : x));
console.log([1, 2].flatMap((x, i, arr) => [x, i, arr.length]));
// flatMap as filter + map.
const parsed = ['1', 'x', '3', '', '5'].flatMap(s => { const n = parseInt(s, 10); return isNaN(n) ? [] : [n * n]; });
console.log(parsed);
// The original arrays are not modified.
const orig = [[1], [2]];
const flatCopy = orig.flat();
flatCopy.push(3);
console.log(orig, flatCopy);
// Depth as a string or undefined.
console.log([[[1]]].flat('2'), [[[1]]].flat(undefined));
try { [1].flatMap(); } catch (e) { console.log(e.name); }
// Hot loop building adjacency lists and flattening.
const edges = [];
for (let i = 0; i < 3000; i++) edges.push([i % 50, [(i * 7) % 50, (i * 11) % 50]]);
const flat = edges.flat(2);
let s = 0;
for (let i = 0; i < flat.length; i++) s += flat[i];
console.log(flat.length, s);
const fm = edges.flatMap(([from, tos]) => tos.map(t => from * 100 + t));
console.log(fm.length, fm[0], fm[fm.length - 1], fm.reduce((a, b) => a + b, 0));
