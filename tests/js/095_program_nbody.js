// A tiny gravity simulation with doubles and Math.sqrt; prints rounded energies.
function Body(x, y, vx, vy, m) {
  this.x = x; this.y = y; this.vx = vx; this.vy = vy; this.m = m;
}
var bodies = [
  new Body(0, 0, 0, 0, 1000),
  new Body(100, 0, 0, 3.1, 1),
  new Body(-150, 0, 0, -2.5, 2),
  new Body(0, 220, -2.1, 0, 0.5)
];
function energy(bs) {
  var e = 0;
  for (var i = 0; i < bs.length; i++) {
    var b = bs[i];
    e += 0.5 * b.m * (b.vx * b.vx + b.vy * b.vy);
    for (var j = i + 1; j < bs.length; j++) {
      var dx = b.x - bs[j].x, dy = b.y - bs[j].y;
      e -= b.m * bs[j].m / Math.sqrt(dx * dx + dy * dy);
    }
  }
  return e;
}
function advance(bs, dt) {
  for (var i = 0; i < bs.length; i++) {
    for (var j = i + 1; j < bs.length; j++) {
      var a = bs[i], b = bs[j];
      var dx = a.x - b.x, dy = a.y - b.y;
      var d2 = dx * dx + dy * dy;
      var mag = dt / (d2 * Math.sqrt(d2));
      a.vx -= dx * b.m * mag; a.vy -= dy * b.m * mag;
      b.vx += dx * a.m * mag; b.vy += dy * a.m * mag;
    }
  }
  for (var k = 0; k < bs.length; k++) {
    bs[k].x += dt * bs[k].vx;
    bs[k].y += dt * bs[k].vy;
  }
}
function round3(v) { return Math.floor(v * 1000 + 0.5) / 1000; }
console.log("start", round3(energy(bodies)));
for (var s = 0; s < 5; s++) {
  for (var t = 0; t < 50; t++) { advance(bodies, 0.4); }
  console.log("after", (s + 1) * 50, round3(energy(bodies)), round3(bodies[1].x), round3(bodies[1].y));
}
console.log(energy(bodies));
