// Balls moving in a box, counting how often they bounce off the walls.
const { Benchmark, Random } = require('./common');

class Ball {
  static LIMIT = 500;
  x; y; xVel; yVel;
  constructor(random) {
    this.x = random.next() % Ball.LIMIT;
    this.y = random.next() % Ball.LIMIT;
    this.xVel = (random.next() % 300) - 150;
    this.yVel = (random.next() % 300) - 150;
  }
  bounce() {
    const { LIMIT } = Ball;
    let bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > LIMIT) { this.x = LIMIT; this.xVel = -Math.abs(this.xVel); bounced = true; }
    if (this.x < 0) { this.x = 0; this.xVel = Math.abs(this.xVel); bounced = true; }
    if (this.y > LIMIT) { this.y = LIMIT; this.yVel = -Math.abs(this.yVel); bounced = true; }
    if (this.y < 0) { this.y = 0; this.yVel = Math.abs(this.yVel); bounced = true; }
    return bounced;
  }
}

class Bounce extends Benchmark {
  static BALLS = 20;
  static STEPS = 50;
  benchmark() {
    const random = new Random();
    const balls = Array.from({ length: Bounce.BALLS }, () => new Ball(random));
    let bounces = 0;
    for (let i = 0; i < Bounce.STEPS; i++) {
      for (const ball of balls) if (ball.bounce()) bounces++;
    }
    return bounces;
  }
  verifyResult(result) { return result === Bounce.EXPECTED; }
  static EXPECTED = 216;
}

module.exports = { Bounce };
