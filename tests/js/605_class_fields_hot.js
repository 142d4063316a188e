// Classes with instance and static fields constructed and used in hot loops.
class Vec {
  static ZERO = new Vec(0, 0);
  static created = 0;
  x = 0;
  y = 0;
  constructor(x, y) {
    this.x = x;
    this.y = y;
    Vec.created++;
  }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
}
class Particle {
  pos = Vec.ZERO;
  vel = new Vec(1, 2);
  steps = 0;
  step() { this.pos = this.pos.add(this.vel); this.steps++; }
}
class Heavy extends Particle {
  mass = 3;
  step() { super.step(); this.vel = new Vec(this.vel.x, this.vel.y - this.mass % 2); }
}
let sumX = 0, sumY = 0;
for (let i = 0; i < 3000; i++) {
  const p = i % 3 === 0 ? new Heavy() : new Particle();
  p.step();
  p.step();
  sumX += p.pos.x;
  sumY += p.pos.y;
}
console.log(sumX, sumY, Vec.created, Vec.ZERO.x, Vec.ZERO.y);

class Node {
  static count = 0;
  next = null;
  value;
  constructor(v) { this.value = v; Node.count++; }
}
let head = null;
for (let i = 0; i < 2500; i++) {
  const n = new Node(i);
  n.next = head;
  head = n;
}
let total = 0, len = 0;
for (let n = head; n !== null; n = n.next) { total += n.value; len++; }
console.log(total, len, Node.count);

// A field initializer that depends on a loop-varying static.
class Ticket { static seq = 0; id = Ticket.seq++; stamp = this.id * 2; }
let check = 0;
for (let i = 0; i < 4000; i++) {
  const t = new Ticket();
  check += t.stamp - t.id;
}
console.log(check, Ticket.seq);
