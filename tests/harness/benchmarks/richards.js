// Richards-lite: an operating-system task scheduler simulation. An idle task, a worker, two handlers
// and two devices exchange packets; the result is how many packets were queued and tasks held.
const { Benchmark } = require('./common');

const ID = { IDLE: 0, WORKER: 1, HANDLER_A: 2, HANDLER_B: 3, DEVICE_A: 4, DEVICE_B: 5 };
const KIND = { DEVICE: 0, WORK: 1 };

class Packet {
  static DATA_SIZE = 4;
  a1 = 0;
  a2 = new Array(Packet.DATA_SIZE).fill(0);
  constructor(link, id, kind) { Object.assign(this, { link, id, kind }); }
  addTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let p = queue;
    while (p.link !== null) p = p.link;
    p.link = this;
    return queue;
  }
}

class Tcb {
  packetPending; taskWaiting; taskHolding = false;
  constructor(link, id, priority, queue, task, { waiting = false } = {}) {
    Object.assign(this, { link, id, priority, queue, task });
    this.packetPending = queue !== null;
    this.taskWaiting = waiting;
  }
  isBlocked() { return this.taskHolding || (this.taskWaiting && !this.packetPending); }
  runTask() {
    let message = null;
    if (this.taskWaiting && this.packetPending) {
      message = this.queue;
      this.queue = message.link;
      this.packetPending = this.queue !== null;
      this.taskWaiting = false;
    }
    return this.task.run(message);
  }
  checkPriorityAdd(current, packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.packetPending = true;
      if (this.priority > current.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return current;
  }
}

class Task {
  constructor(scheduler) { this.scheduler = scheduler; }
}
class IdleTask extends Task {
  v1 = 1;
  constructor(scheduler, count) { super(scheduler); this.count = count; }
  run() {
    if (--this.count === 0) return this.scheduler.holdSelf();
    if ((this.v1 & 1) === 0) { this.v1 >>= 1; return this.scheduler.release(ID.DEVICE_A); }
    this.v1 = (this.v1 >> 1) ^ 0xd008;
    return this.scheduler.release(ID.DEVICE_B);
  }
}
class DeviceTask extends Task {
  pending = null;
  run(packet) {
    if (packet === null) {
      if (this.pending === null) return this.scheduler.waitSelf();
      const p = this.pending;
      this.pending = null;
      return this.scheduler.queuePacket(p);
    }
    this.pending = packet;
    return this.scheduler.holdSelf();
  }
}
class HandlerTask extends Task {
  work = null; devices = null;
  run(packet) {
    if (packet !== null) {
      if (packet.kind === KIND.WORK) this.work = packet.addTo(this.work);
      else this.devices = packet.addTo(this.devices);
    }
    if (this.work !== null) {
      const count = this.work.a1;
      if (count < Packet.DATA_SIZE) {
        if (this.devices !== null) {
          const dev = this.devices;
          this.devices = dev.link;
          dev.a1 = this.work.a2[count];
          this.work.a1 = count + 1;
          return this.scheduler.queuePacket(dev);
        }
      } else {
        const done = this.work;
        this.work = done.link;
        return this.scheduler.queuePacket(done);
      }
    }
    return this.scheduler.waitSelf();
  }
}
class WorkerTask extends Task {
  destination = ID.HANDLER_A; letter = 0;
  run(packet) {
    if (packet === null) return this.scheduler.waitSelf();
    this.destination = this.destination === ID.HANDLER_A ? ID.HANDLER_B : ID.HANDLER_A;
    packet.id = this.destination;
    packet.a1 = 0;
    for (let i = 0; i < Packet.DATA_SIZE; i++) {
      if (++this.letter > 26) this.letter = 1;
      packet.a2[i] = this.letter;
    }
    return this.scheduler.queuePacket(packet);
  }
}

class Scheduler {
  static IDLE_COUNT = 300;
  taskList = null; tcbs = new Array(6).fill(null); current = null; currentId = -1;
  queueCount = 0; holdCount = 0;
  addTask(id, priority, queue, task, options) {
    this.taskList = this.tcbs[id] = new Tcb(this.taskList, id, priority, queue, task, options);
  }
  setup() {
    this.addTask(ID.IDLE, 0, null, new IdleTask(this, Scheduler.IDLE_COUNT));
    let work = new Packet(null, ID.WORKER, KIND.WORK);
    work = new Packet(work, ID.WORKER, KIND.WORK);
    this.addTask(ID.WORKER, 1000, work, new WorkerTask(this), { waiting: true });
    for (const [handler, device, priority] of [[ID.HANDLER_A, ID.DEVICE_A, 2000], [ID.HANDLER_B, ID.DEVICE_B, 3000]]) {
      let q = null;
      for (let i = 0; i < 3; i++) q = new Packet(q, device, KIND.DEVICE);
      this.addTask(handler, priority, q, new HandlerTask(this), { waiting: true });
    }
    this.addTask(ID.DEVICE_A, 4000, null, new DeviceTask(this), { waiting: true });
    this.addTask(ID.DEVICE_B, 5000, null, new DeviceTask(this), { waiting: true });
  }
  schedule() {
    this.current = this.taskList;
    while (this.current !== null) {
      if (this.current.isBlocked()) {
        this.current = this.current.link;
      } else {
        this.currentId = this.current.id;
        this.current = this.current.runTask();
      }
    }
  }
  release(id) {
    const tcb = this.tcbs[id];
    tcb.taskHolding = false;
    return tcb.priority > this.current.priority ? tcb : this.current;
  }
  holdSelf() { this.holdCount++; this.current.taskHolding = true; return this.current.link; }
  waitSelf() { this.current.taskWaiting = true; return this.current; }
  queuePacket(packet) {
    const target = this.tcbs[packet.id];
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    return target.checkPriorityAdd(this.current, packet);
  }
}

class Richards extends Benchmark {
  static EXPECTED = { queueCount: 719, holdCount: 287 };
  benchmark() {
    const scheduler = new Scheduler();
    scheduler.setup();
    scheduler.schedule();
    const { queueCount, holdCount } = scheduler;
    return { queueCount, holdCount };
  }
  verifyResult({ queueCount, holdCount }) {
    const { EXPECTED } = Richards;
    return queueCount === EXPECTED.queueCount && holdCount === EXPECTED.holdCount;
  }
}

module.exports = { Richards, Scheduler };
