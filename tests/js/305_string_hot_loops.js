// String methods called in hot loops.
var words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
var counts = {};
for (var i = 0; i < 4000; i++) {
  var w = words[i % words.length];
  var key = w.charAt(0).toUpperCase() + w.slice(1, 3);
  counts[key] = (counts[key] || 0) + w.length;
}
console.log(counts);
var line = '';
var total = 0;
for (var j = 0; j < 3000; j++) {
  line = 'k' + j + '=' + (j * 3);
  var eq = line.indexOf('=');
  total += Number(line.substring(eq + 1)) - Number(line.slice(1, eq));
}
console.log(total);
var acc = [];
for (var k = 0; k < 2000; k++) {
  var s = String(k);
  if (s.length === 3 && s.charCodeAt(0) === s.charCodeAt(2)) acc.push(s);
}
console.log(acc.length, acc.slice(0, 5), acc[acc.length - 1]);
var builder = '';
for (var m = 0; m < 2000; m++) builder += m % 10;
console.log(builder.length, builder.slice(0, 12), builder.lastIndexOf('9'));
var splitTotal = 0;
for (var n = 0; n < 1000; n++) splitTotal += ('a,b,' + n).split(',').length;
console.log(splitTotal);
