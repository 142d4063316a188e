// for...of over arrays.
var arr = [10, 20, 30];
var sum = 0;
for (var x of arr) sum += x;
console.log(sum);
for (let v of ['a', 'b']) console.log(v);
for (const o of [{ k: 1 }, { k: 2 }]) console.log(o.k, o);
var holes = [1];
holes[2] = 3;
var seen = [];
for (var h of holes) seen.push(h);
console.log(seen);
var empty = 0;
for (var e of []) empty++;
console.log('empty iterations', empty);
var grow = [1, 2, 3];
var visited = [];
for (var g of grow) {
  visited.push(g);
  if (g < 3) grow.push(g + 10);
}
console.log(visited, grow);
var shrink = [1, 2, 3, 4, 5];
var vis2 = [];
for (var s of shrink) {
  vis2.push(s);
  shrink.pop();
}
console.log(vis2);
var fns = [];
for (let i of [1, 2, 3]) fns.push(() => i);
console.log(fns.map((f) => f()));
var nested = [[1, 2], [3, 4]];
var flat = [];
for (var row of nested) for (var cell of row) flat.push(cell * 10);
console.log(flat);
var big = [];
for (var b = 0; b < 4000; b++) big.push(b);
var t = 0;
for (var item of big) t += item;
console.log(t);
for (var q of arr) {
  if (q === 20) continue;
  if (q === 30) break;
  console.log('q', q);
}
