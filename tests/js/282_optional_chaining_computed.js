// Optional computed access obj?.[key] and arrays.
var arr = [1, [2, [3]]];
console.log(arr?.[0], arr?.[1]?.[1]?.[0], arr?.[5]?.[0]);
var none = null;
console.log(none?.[0], none?.[0][1]);
var map = { 'key with space': 1, 0: 'zero' };
var k = 'key with space';
console.log(map?.[k], map?.[0], map?.['0'], map?.['nope']);
var table = [[1, 2], null, [5, 6]];
var out = [];
for (var r = 0; r < 4; r++) out.push(table[r]?.[1]);
console.log(out);
var keys = ['a', 'b', 'c'];
var data = { a: { n: 1 }, c: { n: 3 } };
console.log(keys.map((key) => data?.[key]?.n));
var idx = 0;
var maybe = undefined;
var v = maybe?.[idx++];
console.log(v, idx);
var real = [9];
v = real?.[idx++];
console.log(v, idx);
var str = 'abc';
console.log(str?.[1], str?.[10], str?.length);
var sum = 0;
var grid = [];
for (var i = 0; i < 50; i++) grid.push(i % 5 === 0 ? null : [i, i * 2]);
for (var rep = 0; rep < 60; rep++) {
  for (var j = 0; j < grid.length; j++) sum += grid[j]?.[1] ?? -1;
}
console.log(sum);
