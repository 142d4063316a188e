// forEach and map: arguments passed, return values, holes, thisArg-free usage.
var seen = [];
['a', 'b', 'c'].forEach(function (v, i, arr) {
  seen.push(v + i + arr.length);
});
console.log(seen);
console.log([1, 2, 3].forEach((x) => x * 2));
console.log([1, 2, 3].map((x) => x * 2), [1, 2, 3].map((x, i) => x * i), ['1', '2'].map(Number));
console.log([].map((x) => x), [[1], [2]].map((a) => a[0]));
var holes = new Array(3);
holes[1] = 5;
var visits = 0;
holes.forEach(() => visits++);
var mapped = holes.map((x) => x * 10);
console.log(visits, mapped, mapped.length);
var arr = [1, 2, 3];
var log = [];
arr.forEach((x, i) => {
  if (i === 0) arr.push(99);
  log.push(x);
});
console.log(log, arr);
var objs = [{ n: 1 }, { n: 2 }];
var names = objs.map((o) => ({ label: 'n' + o.n }));
console.log(names);
var total = 0;
var data = [];
for (var i = 0; i < 100; i++) data.push(i);
for (var r = 0; r < 40; r++) {
  data.forEach((x) => {
    total += x;
  });
  total += data.map((x) => x & 1).length;
}
console.log(total);
console.log(['a', 'b'].map((x, i, a) => a.length + x + i));
