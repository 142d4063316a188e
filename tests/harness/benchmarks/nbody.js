// A small N-body simulation (sun and four planets); the result is the energy after some steps.
const { Benchmark } = require('./common');

class Body {
  static PI = 3.141592653589793;
  static SOLAR_MASS = 4 * Body.PI * Body.PI;
  static DAYS_PER_YEAR = 365.24;
  constructor(x, y, z, vx, vy, vz, mass) {
    const { DAYS_PER_YEAR, SOLAR_MASS } = Body;
    Object.assign(this, { x, y, z, vx: vx * DAYS_PER_YEAR, vy: vy * DAYS_PER_YEAR, vz: vz * DAYS_PER_YEAR, mass: mass * SOLAR_MASS });
  }
  offsetMomentum(px, py, pz) {
    this.vx = 0.0 - (px / Body.SOLAR_MASS);
    this.vy = 0.0 - (py / Body.SOLAR_MASS);
    this.vz = 0.0 - (pz / Body.SOLAR_MASS);
  }
}

class NBody extends Benchmark {
  static STEPS = 100;
  static EXPECTED = -0.1690507623824094;
  benchmark() {
    const bodies = NBody.createBodies();
    for (let i = 0; i < NBody.STEPS; i++) NBody.advance(bodies, 0.01);
    return NBody.energy(bodies);
  }
  verifyResult(result) { return Math.abs(result - NBody.EXPECTED) < 1e-12; }
  static createBodies() {
    const bodies = [
      new Body(0, 0, 0, 0, 0, 0, 1),
      new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
      new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
      new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
      new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
    ];
    let px = 0.0, py = 0.0, pz = 0.0;
    for (const { vx, vy, vz, mass } of bodies) { px += vx * mass; py += vy * mass; pz += vz * mass; }
    bodies[0].offsetMomentum(px, py, pz);
    return bodies;
  }
  static advance(bodies, dt) {
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i];
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j];
        const dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
        const dSquared = dx * dx + dy * dy + dz * dz;
        const mag = dt / (dSquared * Math.sqrt(dSquared));
        a.vx -= dx * b.mass * mag; a.vy -= dy * b.mass * mag; a.vz -= dz * b.mass * mag;
        b.vx += dx * a.mass * mag; b.vy += dy * a.mass * mag; b.vz += dz * a.mass * mag;
      }
    }
    for (const body of bodies) { body.x += dt * body.vx; body.y += dt * body.vy; body.z += dt * body.vz; }
  }
  static energy(bodies) {
    let e = 0.0;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i];
      e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j];
        const dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
        e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }
}

module.exports = { NBody };
