// NBody: the classic simulation of the Sun and the four giant planets (double arithmetic on object fields).
// Each iteration builds the system, offsets its momentum and advances it STEPS times by 0.01 days.
// Self-check: the energy before and after 1000 steps is the well-known -0.169075164 and -0.169087605
// (printed here in units of 1e-9, rounded, so that the C version can print the same integers).
var ITERATIONS = 5;
var STEPS = 1000;

var PI = 3.141592653589793;
var SOLAR_MASS = 4 * PI * PI;
var DAYS_PER_YEAR = 365.24;

function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x;
  this.y = y;
  this.z = z;
  this.vx = vx * DAYS_PER_YEAR;
  this.vy = vy * DAYS_PER_YEAR;
  this.vz = vz * DAYS_PER_YEAR;
  this.mass = mass * SOLAR_MASS;
}

function makeSystem() {
  var bodies = [];
  bodies.push(new Body(0, 0, 0, 0, 0, 0, 1));
  bodies.push(new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                       9.54791938424326609e-04));
  bodies.push(new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                       2.85885980666130812e-04));
  bodies.push(new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                       4.36624404335156298e-05));
  bodies.push(new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                       5.15138902046611451e-05));
  // Give the Sun the momentum that makes the system's total zero, so that it stays in place.
  var px = 0.0, py = 0.0, pz = 0.0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  var sun = bodies[0];
  sun.vx = -px / SOLAR_MASS;
  sun.vy = -py / SOLAR_MASS;
  sun.vz = -pz / SOLAR_MASS;
  return bodies;
}

function advance(bodies, dt) {
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x;
      var dy = bi.y - bj.y;
      var dz = bi.z - bj.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * Math.sqrt(d2));
      bi.vx -= dx * bj.mass * mag;
      bi.vy -= dy * bj.mass * mag;
      bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag;
      bj.vy += dy * bi.mass * mag;
      bj.vz += dz * bi.mass * mag;
    }
  }
  for (var k = 0; k < n; k++) {
    var b = bodies[k];
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

function energy(bodies) {
  var e = 0.0;
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x;
      var dy = bi.y - bj.y;
      var dz = bi.z - bj.z;
      e -= bi.mass * bj.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

var ok = true;
var before = 0;
var after = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  var bodies = makeSystem();
  before = Math.round(energy(bodies) * 1e9);
  for (var s = 0; s < STEPS; s++) advance(bodies, 0.01);
  after = Math.round(energy(bodies) * 1e9);
  if (before !== -169075164 || after !== -169087605) ok = false;
}
console.log("nbody", before, after, ok ? "ok" : "WRONG");
