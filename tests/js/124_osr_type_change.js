// Loops whose types change after they were entered through OSR: an int32 accumulator that
// becomes a double, a property site that sees a second map, an array whose elements become
// doubles. Each deopts out of the OSR code and the interpreter finishes the loop.
var acc = 0;
for (var i = 0; i < 4000; i++) {
  acc += i < 3000 ? 1 : 0.5;
}
console.log(acc);

function P(x) { this.x = x; }
function Q(x) { this.y = 0; this.x = x; }
var all = [];
for (var k = 0; k < 10; k++) all.push(new P(k));
for (var k2 = 0; k2 < 10; k2++) all.push(new Q(k2 * 100));
var total = 0;
for (var n = 0; n < 4000; n++) {
  // P objects for n < 3000, then Q objects: the same site sees a second map.
  total += all[n % 10 + 10 * ((n / 3000) | 0)].x;
}
console.log(total);

function fill(len) {
  var a = [];
  for (var m = 0; m < len; m++) a.push(m < 2500 ? m : m + 0.25);
  var s = 0;
  for (var m2 = 0; m2 < len; m2++) s += a[m2];
  return s;
}
console.log(fill(3000));

var big = 2147483000;
for (var q = 0; q < 1500; q++) big = big + 1;
console.log(big, big | 0);
