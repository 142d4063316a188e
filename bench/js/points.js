// Named property loads and stores on same-shaped objects in a hot loop.
var COUNT = 200;  // quick: 20
var STEPS = 120;  // quick: 3
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function makePoints(n) {
  var ps = [];
  for (var i = 0; i < n; i++) ps.push(new Point(i % 17, (i * 3) % 23));
  return ps;
}
function step(ps, dx, dy) {
  var n = ps.length;
  for (var i = 0; i < n; i++) {
    var p = ps[i];
    p.x = (p.x + dx) % 1000;
    p.y = (p.y * 2 + dy) % 1000;
  }
}
function norm1(ps) {
  var s = 0;
  for (var i = 0; i < ps.length; i++) s = s + ps[i].x + ps[i].y;
  return s;
}
var ps = makePoints(COUNT);
var check = 0;
for (var t = 0; t < STEPS; t++) {
  step(ps, t % 7, t % 5);
  check = (check + norm1(ps)) % 1000000007;
}
console.log("points", check);
