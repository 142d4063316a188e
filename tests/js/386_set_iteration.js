// Iterating a Set: for...of, forEach, keys/values/entries.
var s = new Set(['x', 'y', 'z']);
for (var v of s) console.log('of', v);
s.forEach(function (value, key, set) {
  console.log('forEach', value, key, set === s);
});
console.log([...s.values()], [...s.keys()], [...s.entries()]);
var a = new Set([1, 2, 3, 4]);
var b = new Set([3, 4, 5, 6]);
var union = new Set([...a, ...b]);
var inter = new Set([...a].filter((x) => b.has(x)));
var diff = new Set([...a].filter((x) => !b.has(x)));
console.log([...union], [...inter], [...diff]);
var grow = new Set([1]);
var visited = [];
for (var x of grow) {
  visited.push(x);
  if (x < 6) grow.add(x * 2);
}
console.log(visited);
var shrink = new Set([1, 2, 3, 4, 5]);
var vis = [];
for (var y of shrink) {
  vis.push(y);
  shrink.delete(y + 1);
}
console.log(vis, [...shrink]);
var readd = new Set([1, 2, 3]);
var log = [];
for (var z of readd) {
  log.push(z);
  if (z === 1) {
    readd.delete(1);
    readd.add(1);
  }
  if (log.length > 10) break;
}
console.log(log);
var total = 0;
var nums = new Set();
for (var i = 0; i < 300; i++) nums.add(i);
for (var rep = 0; rep < 10; rep++) nums.forEach((n) => { total += n; });
console.log(total);
