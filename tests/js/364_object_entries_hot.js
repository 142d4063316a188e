// Object helpers inside hot loops, on objects that change shape.
var obj = { a: 1 };
var total = 0;
for (var i = 0; i < 2000; i++) {
  if (i === 500) obj.b = 2;
  if (i === 1000) obj.c = 3;
  if (i === 1500) delete obj.a;
  var es = Object.entries(obj);
  for (var j = 0; j < es.length; j++) total += es[j][1];
  total += Object.keys(obj).length;
}
console.log(total, obj);
var merged = {};
for (var k = 0; k < 1000; k++) {
  var part = {};
  part['k' + (k % 8)] = k;
  Object.assign(merged, part);
}
console.log(merged);
var counts = {};
var text = 'a quick brown fox jumps over a lazy dog and a cat';
var words = text.split(' ');
for (var r = 0; r < 200; r++) {
  for (var w of words) counts[w] = (counts[w] || 0) + 1;
}
var top = Object.entries(counts).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 3);
console.log(top);
console.log(Object.values(counts).reduce((a, b) => a + b));
