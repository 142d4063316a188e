// Array.prototype.sort is stable: equal keys keep their original order.
var items = [];
var groups = ['c', 'a', 'b'];
for (var i = 0; i < 30; i++) items.push({ key: groups[i % 3], idx: i });
items.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
console.log(items.map((x) => x.key + x.idx).join(' '));
var byLen = ['bb', 'a', 'cc', 'd', 'eee', 'ff', 'g'];
console.log(byLen.sort((x, y) => x.length - y.length));
var records = [];
for (var j = 0; j < 200; j++) records.push({ score: (j * 7) % 5, id: j });
records.sort((a, b) => b.score - a.score);
var stable = true;
for (var k = 1; k < records.length; k++) {
  if (records[k - 1].score === records[k].score && records[k - 1].id > records[k].id) stable = false;
}
console.log(stable, records.slice(0, 5).map((r) => r.id), records.slice(-3).map((r) => r.score + ':' + r.id));
var twice = [
  { a: 2, b: 'x' }, { a: 1, b: 'y' }, { a: 2, b: 'y' }, { a: 1, b: 'x' }
];
twice.sort((p, q) => (p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
twice.sort((p, q) => p.a - q.a);
console.log(twice);
