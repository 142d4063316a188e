// JSON.stringify of deeply nested data.
var data = {
  name: 'root',
  children: [
    { name: 'a', children: [{ name: 'a1', children: [] }, { name: 'a2', children: [] }] },
    { name: 'b', children: [{ name: 'b1', children: [{ name: 'b1x', children: [] }] }] }
  ],
  meta: { depth: 3, tags: ['x', 'y'], flags: { on: true, off: false } }
};
var s = JSON.stringify(data);
console.log(s);
console.log(s.length);
var deep = [];
var cur = deep;
for (var i = 0; i < 20; i++) {
  var next = [];
  cur.push(i, next);
  cur = next;
}
var ds = JSON.stringify(deep);
console.log(ds.length, ds.slice(0, 30), ds.slice(-25));
var matrix = [];
for (var r = 0; r < 4; r++) {
  matrix.push([]);
  for (var c = 0; c < 4; c++) matrix[r].push(r === c ? 1 : 0);
}
console.log(JSON.stringify(matrix));
var mixed = [{ a: [{ b: [{ c: 'deep' }] }] }, [[[]]], {}];
console.log(JSON.stringify(mixed));
var circ = { name: 'circ' };
circ.self = circ;
try {
  JSON.stringify(circ);
} catch (e) {
  console.log('circular', e.name);
}
