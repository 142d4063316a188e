// The comma operator evaluates left to right and yields the last value.
var a = (1, 2, 3);
console.log(a);
var x = 0;
var y = (x++, x++, x * 10);
console.log(x, y);
var log = [];
function f(v) {
  log.push(v);
  return v;
}
var z = (f('a'), f('b'), f('c'));
console.log(z, log);
for (var i = 0, j = 10; i < j; i++, j--) {}
console.log(i, j);
var pairs = [];
for (var p = 0, q = 5; p < 3; p++, q -= 2) pairs.push([p, q]);
console.log(pairs);
var r = 0;
while ((r++, r < 5)) {}
console.log(r);
var obj = { n: 0 };
var res = (obj.n += 5, obj.n *= 2, obj);
console.log(res);
console.log((0, 'last'), (null, undefined, NaN));
var arr = [(1, 2), (3, 4)];
console.log(arr, arr.length);
var cond = (false, true) ? 'yes' : 'no';
console.log(cond);
