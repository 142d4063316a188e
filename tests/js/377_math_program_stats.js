// A statistics program built on Math: mean, variance, median, histogram.
var data = [];
var seed = 12345;
for (var i = 0; i < 500; i++) {
  seed = (seed * 16807) % 2147483647;
  data.push((seed % 10000) / 100);
}
function mean(a) {
  return a.reduce((s, x) => s + x, 0) / a.length;
}
function variance(a) {
  var m = mean(a);
  return a.reduce((s, x) => s + (x - m) ** 2, 0) / a.length;
}
function median(a) {
  var s = a.slice().sort((x, y) => x - y);
  var mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
var m = mean(data), v = variance(data);
console.log(m.toFixed(4), v.toFixed(4), Math.sqrt(v).toFixed(4), median(data));
console.log(Math.min(...data), Math.max(...data));
var hist = new Array(10).fill(0);
for (var x of data) hist[Math.min(9, Math.floor(x / 10))]++;
console.log(hist, hist.reduce((a, b) => a + b));
for (var b = 0; b < hist.length; b++) console.log(String(b * 10).padStart(2) + ' ' + '#'.repeat(Math.round(hist[b] / 5)));
var geo = Math.exp(data.reduce((s, x) => s + Math.log(x + 1), 0) / data.length) - 1;
console.log(geo.toFixed(6));
