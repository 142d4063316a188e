// Array.from over arrays, strings, array-likes, Maps and Sets, with and without a map function; Array.of.
const src = [1, 2, 3];
const copy = Array.from(src);
console.log(copy, copy !== src, Array.from(src, x => x * x), Array.from(src, (x, i) => x + ':' + i));
console.log(Array.from('héllo'), Array.from(''), Array.from('ab', c => c.toUpperCase()));
console.log(Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * 2), Array.from({ length: 0 }));
console.log(Array.from({ length: 2, 0: 'a', 1: 'b', 2: 'ignored' }), Array.from({ 0: 'x' }), Array.from({ length: '2' }));
console.log(Array.from(new Set([3, 1, 3, 2])), Array.from(new Map([['k', 1], ['j', 2]])));
console.log(Array.from(new Map([['k', 1]]).keys()), Array.from(new Map([['k', 1]]).values()), Array.from([5, 6].entries()));
// Holes become undefined.
console.log(Array.from([1, , 3]), Array.from([1, , 3], x => x === undefined ? 'hole' : x));
// Non-iterable primitives.
console.log(Array.from(5), Array.from(true), Array.from(null === null ? [] : 0));
try { Array.from(null); } catch (e) { console.log(e.name); }
try { Array.from(undefined); } catch (e) { console.log(e.name); }
try { Array.from([1], 'not a function'); } catch (e) { console.log(e.name); }
// Building ranges and grids.
const range = (n) => Array.from({ length: n }, (_, i) => i);
const grid = Array.from({ length: 3 }, (_, r) => Array.from({ length: 4 }, (_, c) => r * 4 + c));
console.log(range(5), grid);
// Array.of vs Array constructor.
console.log(Array.of(7), Array(7).length, Array.of(1, 2, 3), Array.of(), Array.of(undefined), Array.of('a', [1]));
console.log(Array.of.length, Array.from.length);
// Array.from in a hot loop with a map function.
let checksum = 0;
for (let i = 0; i < 3000; i++) {
  const arr = Array.from({ length: (i % 5) + 1 }, (_, k) => k + i);
  checksum += arr[arr.length - 1] - arr.length;
}
console.log(checksum);
// Array.from(string) handles surrogate pairs as one element.
console.log(Array.from('a😀b').length, 'a😀b'.length);
