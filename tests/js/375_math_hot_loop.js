// Math functions inside hot loops; int inputs turning into doubles.
var s1 = 0;
for (var i = 0; i < 5000; i++) s1 += Math.floor(i / 3) + Math.abs(i - 2500);
console.log(s1);
var s2 = 0;
for (var j = 0; j < 3000; j++) s2 += Math.sqrt(j) * Math.sign(j - 1500);
console.log(s2);
var s3 = 0;
for (var k = 0; k < 3000; k++) s3 += Math.max(k % 17, k % 13, k % 11) - Math.min(k % 5, 3);
console.log(s3);
function dist(ax, ay, bx, by) {
  var dx = ax - bx, dy = ay - by;
  return Math.sqrt(dx * dx + dy * dy);
}
var total = 0;
for (var m = 0; m < 3000; m++) total += dist(m % 10, m % 7, 0, 0);
console.log(Math.round(total * 1000) / 1000);
var pts = 0;
for (var n = 0; n < 4000; n++) {
  var a = (n * 0.0015707963267948967);
  pts += Math.round(Math.cos(a) * 100) + Math.round(Math.sin(a) * 100);
}
console.log(pts);
var e = 0;
for (var q = 0; q < 3000; q++) e += Math.trunc(Math.log2(q + 1)) + Math.ceil(Math.exp(q % 5));
console.log(e);
