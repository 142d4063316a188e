// A Richards-style operating-system simulation: a priority scheduler runs an idle task,
// a worker, two handlers and two devices that pass packets around. Task kinds are
// classes sharing a base class, so the scheduler makes polymorphic run() calls.
'use strict';

const IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
const TASK_COUNT = 6;
const KIND_DEVICE = 0, KIND_WORK = 1;
const DATA_SIZE = 4;

// state bits of a task control block
const PENDING = 1, WAITING = 2, HOLDING = 4;
const ST_RUNNING = 0;
const ST_RUNNABLE = PENDING;
const ST_SUSPENDED = WAITING;
const ST_SUSPENDED_RUNNABLE = WAITING | PENDING;

class Packet {
  constructor(next, target, kind) {
    this.next = next;
    this.target = target;
    this.kind = kind;
    this.count = 0;
    this.data = new Array(DATA_SIZE).fill(0);
  }
  // append this packet to the end of a queue and return the queue's head
  appendTo(head) {
    this.next = null;
    if (head === null) return this;
    let p = head;
    while (p.next !== null) p = p.next;
    p.next = this;
    return head;
  }
}

class ControlBlock {
  constructor(next, id, priority, queue, task) {
    this.next = next;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.task = task;
    this.state = queue === null ? ST_SUSPENDED : ST_SUSPENDED_RUNNABLE;
  }
  setRunning() { this.state = ST_RUNNING; }
  markNotHeld() { this.state &= ~HOLDING; }
  markHeld() { this.state |= HOLDING; }
  markSuspended() { this.state |= WAITING; }
  markRunnable() { this.state |= PENDING; }
  blocked() {
    return (this.state & HOLDING) !== 0 || this.state === ST_SUSPENDED;
  }
  run() {
    let packet = null;
    if (this.state === ST_SUSPENDED_RUNNABLE) {
      packet = this.queue;
      this.queue = packet.next;
      this.state = this.queue === null ? ST_RUNNING : ST_RUNNABLE;
    }
    return this.task.run(packet);
  }
  // deliver a packet; returns the block that should run next
  deliver(current, packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.markRunnable();
      if (this.priority > current.priority) return this;
    } else {
      this.queue = packet.appendTo(this.queue);
    }
    return current;
  }
}

class Scheduler {
  constructor() {
    this.queueCount = 0;
    this.holdCount = 0;
    this.blocks = new Array(TASK_COUNT).fill(null);
    this.list = null;
    this.current = null;
    this.currentId = -1;
    this.switches = 0;
  }
  add(id, priority, queue, task) {
    this.current = new ControlBlock(this.list, id, priority, queue, task);
    this.list = this.current;
    this.blocks[id] = this.current;
    return this.current;
  }
  addRunning(id, priority, queue, task) {
    this.add(id, priority, queue, task).setRunning();
  }
  addWaiting(id, priority, queue, task) {
    this.add(id, priority, queue, task).markSuspended();
  }
  run() {
    this.current = this.list;
    while (this.current !== null) {
      if (this.current.blocked()) {
        this.current = this.current.next;
      } else {
        this.currentId = this.current.id;
        this.switches++;
        this.current = this.current.run();
      }
    }
  }
  release(id) {
    const block = this.blocks[id];
    if (block === null) return block;
    block.markNotHeld();
    return block.priority > this.current.priority ? block : this.current;
  }
  holdSelf() {
    this.holdCount++;
    this.current.markHeld();
    return this.current.next;
  }
  suspendSelf() {
    this.current.markSuspended();
    return this.current;
  }
  send(packet) {
    const target = this.blocks[packet.target];
    if (target === null) return target;
    this.queueCount++;
    packet.next = null;
    packet.target = this.currentId;
    return target.deliver(this.current, packet);
  }
}

class Task {
  constructor(scheduler) {
    this.scheduler = scheduler;
    this.runs = 0;
  }
  run(packet) {
    throw new Error('abstract task');
  }
  toString() {
    return this.constructor.name + '(' + this.runs + ')';
  }
}

class IdleTask extends Task {
  constructor(scheduler, seed, count) {
    super(scheduler);
    this.seed = seed;
    this.count = count;
  }
  run(packet) {
    this.runs++;
    this.count--;
    if (this.count === 0) return this.scheduler.holdSelf();
    if ((this.seed & 1) === 0) {
      this.seed = this.seed >> 1;
      return this.scheduler.release(DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xd008;
    return this.scheduler.release(DEVICE_B);
  }
}

class DeviceTask extends Task {
  constructor(scheduler) {
    super(scheduler);
    this.pending = null;
  }
  run(packet) {
    this.runs++;
    if (packet === null) {
      if (this.pending === null) return this.scheduler.suspendSelf();
      const p = this.pending;
      this.pending = null;
      return this.scheduler.send(p);
    }
    this.pending = packet;
    return this.scheduler.holdSelf();
  }
}

class WorkerTask extends Task {
  constructor(scheduler, destination, counter) {
    super(scheduler);
    this.destination = destination;
    this.counter = counter;
  }
  run(packet) {
    this.runs++;
    if (packet === null) return this.scheduler.suspendSelf();
    this.destination = this.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.target = this.destination;
    packet.count = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.counter++;
      if (this.counter > 26) this.counter = 1;
      packet.data[i] = this.counter;
    }
    return this.scheduler.send(packet);
  }
}

class HandlerTask extends Task {
  constructor(scheduler) {
    super(scheduler);
    this.work = null;
    this.devices = null;
    this.checksum = 0;
  }
  run(packet) {
    this.runs++;
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.work = packet.appendTo(this.work);
      else this.devices = packet.appendTo(this.devices);
    }
    if (this.work !== null) {
      const w = this.work;
      const n = w.count;
      if (n < DATA_SIZE) {
        if (this.devices !== null) {
          const d = this.devices;
          this.devices = d.next;
          d.count = w.data[n];
          this.checksum = (this.checksum * 31 + d.count) % 1000007;
          w.count = n + 1;
          return this.scheduler.send(d);
        }
      } else {
        this.work = w.next;
        return this.scheduler.send(w);
      }
    }
    return this.scheduler.suspendSelf();
  }
}

function simulate(iterations) {
  const s = new Scheduler();
  s.addRunning(IDLE, 0, null, new IdleTask(s, 1, iterations));

  let q = new Packet(null, WORKER, KIND_WORK);
  q = new Packet(q, WORKER, KIND_WORK);
  s.addWaiting(WORKER, 1000, q, new WorkerTask(s, HANDLER_A, 0));

  q = new Packet(null, DEVICE_A, KIND_DEVICE);
  q = new Packet(q, DEVICE_A, KIND_DEVICE);
  q = new Packet(q, DEVICE_A, KIND_DEVICE);
  s.addWaiting(HANDLER_A, 2000, q, new HandlerTask(s));

  q = new Packet(null, DEVICE_B, KIND_DEVICE);
  q = new Packet(q, DEVICE_B, KIND_DEVICE);
  q = new Packet(q, DEVICE_B, KIND_DEVICE);
  s.addWaiting(HANDLER_B, 3000, q, new HandlerTask(s));

  s.add(DEVICE_A, 4000, null, new DeviceTask(s));
  s.add(DEVICE_B, 5000, null, new DeviceTask(s));

  s.run();
  return s;
}

for (const n of [10, 100, 1000]) {
  const s = simulate(n);
  const tasks = s.blocks.map((b) => String(b.task));
  const sums = [s.blocks[HANDLER_A].task.checksum, s.blocks[HANDLER_B].task.checksum];
  console.log('iterations', n, 'queueCount', s.queueCount, 'holdCount', s.holdCount, 'switches', s.switches);
  console.log('  tasks', tasks.join(' '));
  console.log('  handler checksums', sums, 'states', s.blocks.map((b) => b.state).join(''));
}
const check = simulate(1000);
console.log(check.queueCount === 2322 && check.holdCount === 928 ? 'matches the classic Richards counts' : 'different counts');
try {
  new Task(null).run(null);
} catch (e) {
  console.log('abstract run:', e.message);
}
