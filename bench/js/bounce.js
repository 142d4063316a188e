// Bounce: 100 balls move in a 500 x 500 box for 50 steps, reflecting off the walls; counts the bounces.
// Ball and Random are constructor functions whose methods are shared function values.
// Self-check: the count for this seed and these sizes (1331), the same in every iteration.
var ITERATIONS = 15;
var BALLS = 100;
var STEPS = 50;

function Random() {
  this.seed = 74755;
  this.next = randomNext;
}

function randomNext() {
  // A 16-bit linear congruential generator: deterministic in every engine.
  this.seed = ((this.seed * 1309) + 13849) & 65535;
  return this.seed;
}

function Ball(random) {
  this.x = random.next() % 500;
  this.y = random.next() % 500;
  this.xVel = (random.next() % 300) - 150;
  this.yVel = (random.next() % 300) - 150;
  this.bounce = ballBounce;
}

function ballBounce() {
  var limit = 500;
  var bounced = false;
  this.x += this.xVel;
  this.y += this.yVel;
  if (this.x > limit) {
    this.x = limit;
    this.xVel = 0 - Math.abs(this.xVel);
    bounced = true;
  }
  if (this.x < 0) {
    this.x = 0;
    this.xVel = Math.abs(this.xVel);
    bounced = true;
  }
  if (this.y > limit) {
    this.y = limit;
    this.yVel = 0 - Math.abs(this.yVel);
    bounced = true;
  }
  if (this.y < 0) {
    this.y = 0;
    this.yVel = Math.abs(this.yVel);
    bounced = true;
  }
  return bounced;
}

function run() {
  var random = new Random();
  var balls = [];
  for (var i = 0; i < BALLS; i++) balls.push(new Ball(random));
  var bounces = 0;
  for (var s = 0; s < STEPS; s++) {
    for (var b = 0; b < balls.length; b++) {
      if (balls[b].bounce()) bounces++;
    }
  }
  return bounces;
}

var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = run();
  if (result !== 1331) ok = false;
}
console.log("bounce", result, ok ? "ok" : "WRONG");
