// Vectors: a particle simulation in immutable 2-D vector objects, one small object allocated per
// arithmetic operation (V8 removes most of them by escape analysis; others must allocate fast).
// Self-check: the particles' summed position after the steps is the same every iteration, and
// equal to the closed form of the exact same float operations done without objects.
var ITERATIONS = 3;
var PARTICLES = 64;
var STEPS = 200;

class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  dot(o) { return this.x * o.x + this.y * o.y; }
  get length() { return Math.sqrt(this.dot(this)); }
}

function makeParticles() {
  var ps = [];
  for (var i = 0; i < PARTICLES; i++) {
    ps.push({ pos: new Vec(i * 0.5, (i % 7) * 0.25), vel: new Vec((i % 5) * 0.01 - 0.02, (i % 3) * 0.02) });
  }
  return ps;
}

function step(ps, gravity, dt) {
  for (var i = 0; i < ps.length; i++) {
    var p = ps[i];
    var vel = p.vel.add(gravity.scale(dt));
    var pos = p.pos.add(vel.scale(dt));
    if (pos.y < 0) {
      pos = new Vec(pos.x, -pos.y);
      vel = new Vec(vel.x, -vel.y * 0.9);
    }
    p.pos = pos;
    p.vel = vel;
  }
}

function centre(ps) {
  var sum = new Vec(0, 0);
  for (var i = 0; i < ps.length; i++) sum = sum.add(ps[i].pos);
  return sum.scale(1 / ps.length);
}

function plain() {
  // the same arithmetic on plain numbers, in the same order
  var xs = [], ys = [], vx = [], vy = [];
  for (var i = 0; i < PARTICLES; i++) {
    xs.push(i * 0.5); ys.push((i % 7) * 0.25); vx.push((i % 5) * 0.01 - 0.02); vy.push((i % 3) * 0.02);
  }
  for (var s = 0; s < STEPS; s++) {
    for (var j = 0; j < PARTICLES; j++) {
      var nvx = vx[j] + 0 * 0.01, nvy = vy[j] + -9.81 * 0.01;
      var nx = xs[j] + nvx * 0.01, ny = ys[j] + nvy * 0.01;
      if (ny < 0) { ny = -ny; nvy = -nvy * 0.9; }
      xs[j] = nx; ys[j] = ny; vx[j] = nvx; vy[j] = nvy;
    }
  }
  var sx = 0, sy = 0;
  for (var k = 0; k < PARTICLES; k++) { sx = sx + xs[k]; sy = sy + ys[k]; }
  return new Vec(sx, sy).scale(1 / PARTICLES);
}

var expected = plain();
var result = null;
var ok = true;
for (var it = 0; it < ITERATIONS; it++) {
  var ps = makeParticles();
  var gravity = new Vec(0, -9.81);
  for (var s = 0; s < STEPS; s++) step(ps, gravity, 0.01);
  result = centre(ps);
  if (result.x !== expected.x || result.y !== expected.y) ok = false;
}
console.log("vectors", result.x.toFixed(6), result.y.toFixed(6), result.length.toFixed(6), ok ? "ok" : "WRONG");
