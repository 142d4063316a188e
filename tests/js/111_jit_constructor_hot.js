// Hot constructors, then instances whose shapes diverge after construction.
function Particle(x, y, vx, vy) {
  this.x = x;
  this.y = y;
  this.vx = vx;
  this.vy = vy;
}
function step(p) {
  p.x += p.vx;
  p.y += p.vy;
  if (p.x < 0 || p.x > 100) { p.vx = -p.vx; }
  if (p.y < 0 || p.y > 100) { p.vy = -p.vy; }
}
var ps = [];
for (var i = 0; i < 20; i++) { ps.push(new Particle(i * 5, 100 - i * 5, (i % 5) - 2, (i % 3) - 1)); }
for (var t = 0; t < 200; t++) {
  for (var j = 0; j < ps.length; j++) { step(ps[j]); }
}
var sx = 0, sy = 0;
for (var k = 0; k < ps.length; k++) { sx += ps[k].x; sy += ps[k].y; }
console.log("after ints", sx, sy, ps[3]);
ps[5].vx = 0.5;
ps[6].tag = "tagged";
for (var t2 = 0; t2 < 100; t2++) {
  for (var j2 = 0; j2 < ps.length; j2++) { step(ps[j2]); }
}
sx = 0; sy = 0;
for (var m = 0; m < ps.length; m++) { sx += ps[m].x; sy += ps[m].y; }
console.log("after doubles", sx, sy);
console.log(ps[5], ps[6]);
function Cell(v) { this.v = v; if (v > 2500) { this.big = true; } }
var cs = 0;
for (var n = 0; n < 3000; n++) { var c = new Cell(n); cs += c.v + (c.big ? 1 : 0); }
console.log("cells", cs, new Cell(2501), new Cell(1));
