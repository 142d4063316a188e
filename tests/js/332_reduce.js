// reduce with and without an initial value; empty arrays; reduceRight-free folds.
console.log([1, 2, 3, 4].reduce((a, b) => a + b), [1, 2, 3, 4].reduce((a, b) => a + b, 10));
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'init'), [7].reduce(() => 'never', 'x'));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log('empty without initial', e.name, e instanceof TypeError);
}
var steps = [];
[10, 20, 30].reduce(function (acc, v, i, arr) {
  steps.push([acc, v, i, arr.length]);
  return acc + v;
});
console.log(steps);
console.log(['a', 'b', 'c'].reduce((s, x) => x + s, ''));
var counts = ['x', 'y', 'x', 'z', 'x'].reduce((m, k) => {
  m[k] = (m[k] || 0) + 1;
  return m;
}, {});
console.log(counts);
var max = [3, 9, 2, 7].reduce((m, v) => (v > m ? v : m));
console.log(max);
var flat = [[1, 2], [3], [], [4, [5]]].reduce((acc, x) => acc.concat(x), []);
console.log(flat);
var holes = new Array(5);
holes[1] = 1;
holes[3] = 3;
console.log(holes.reduce((a, b) => a + b), holes.reduce((a, b) => a + b, 100));
var data = [];
for (var i = 1; i <= 100; i++) data.push(i);
var t = 0;
for (var r = 0; r < 40; r++) t += data.reduce((a, b) => a + b, 0);
console.log(t);
console.log([1, 2, 3].reduce((a, b) => a * b, 1), [0.1, 0.2, 0.3].reduce((a, b) => a + b));
