// Set: add/has/delete/size/clear, uniqueness and insertion order.
var s = new Set();
console.log(s.size, s.has(1));
var r = s.add(1);
console.log(r === s);
s.add(2).add(3).add(2).add(1);
console.log(s.size, [...s]);
console.log(s.has(2), s.has('2'), s.delete(2), s.delete(2), s.has(2), s.size);
s.add(2);
console.log([...s]);
var fromArr = new Set([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
console.log(fromArr.size, [...fromArr]);
var fromStr = new Set('mississippi');
console.log(fromStr.size, [...fromStr].join(''));
var objs = new Set();
var o = { a: 1 };
objs.add(o).add(o).add({ a: 1 });
console.log(objs.size, objs.has(o), objs.has({ a: 1 }));
s.clear();
console.log(s.size, [...s]);
var dedupe = (arr) => [...new Set(arr)];
console.log(dedupe(['b', 'a', 'b', 'c', 'a']), dedupe([]), dedupe([1, '1', 1.0]));
var seen = new Set();
var dupes = 0;
for (var i = 0; i < 3000; i++) {
  var v = (i * 7) % 1000;
  if (seen.has(v)) dupes++;
  else seen.add(v);
}
console.log(seen.size, dupes);
