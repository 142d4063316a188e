// Richards: Martin Richards' operating-system simulation. A scheduler runs six tasks (idle, worker,
// two handlers, two devices) that pass packets through queues; every task object carries its own
// `run` function, so the scheduler's `task.run(packet)` call site sees four different targets.
// Self-check: with the idle task counting down from COUNT = 1000 the scheduler queues 2322 packets
// and holds tasks 928 times (23246 and 9297 for the classic COUNT = 10000).
var ITERATIONS = 4;
var COUNT = 1000;
var EXPECTED_QUEUED = 2322;
var EXPECTED_HELD = 928;

var ID_IDLE = 0;
var ID_WORKER = 1;
var ID_HANDLER_A = 2;
var ID_HANDLER_B = 3;
var ID_DEVICE_A = 4;
var ID_DEVICE_B = 5;
var NUMBER_OF_IDS = 6;

var KIND_DEVICE = 0;
var KIND_WORK = 1;
var DATA_SIZE = 4;

// Task states as bits: a task can be runnable (has packets), suspended (waiting) and held at once.
var STATE_RUNNING = 0;
var STATE_RUNNABLE = 1;
var STATE_SUSPENDED = 2;
var STATE_HELD = 4;
var STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
var STATE_NOT_HELD = ~STATE_HELD;

// ---- packets

function Packet(link, id, kind) {
  this.link = link;
  this.id = id;
  this.kind = kind;
  this.a1 = 0;
  this.a2 = [0, 0, 0, 0];
  this.addTo = packetAddTo;
}

// Appends this packet to the end of queue; returns the queue's new head.
function packetAddTo(queue) {
  this.link = null;
  if (queue === null) return this;
  var next = queue;
  while (next.link !== null) next = next.link;
  next.link = this;
  return queue;
}

// ---- task control blocks

function TaskControlBlock(link, id, priority, queue, task) {
  this.link = link;
  this.id = id;
  this.priority = priority;
  this.queue = queue;
  this.task = task;
  this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  this.run = tcbRun;
  this.checkPriorityAdd = tcbCheckPriorityAdd;
}

function isHeldOrSuspended(tcb) {
  return (tcb.state & STATE_HELD) !== 0 || tcb.state === STATE_SUSPENDED;
}

function tcbRun() {
  var packet = null;
  if (this.state === STATE_SUSPENDED_RUNNABLE) {
    packet = this.queue;
    this.queue = packet.link;
    this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
  }
  return this.task.run(packet);
}

// Adds packet to this task's queue; returns the task to run next (this one if it now outranks `current`).
function tcbCheckPriorityAdd(current, packet) {
  if (this.queue === null) {
    this.queue = packet;
    this.state = this.state | STATE_RUNNABLE;
    if (this.priority > current.priority) return this;
  } else {
    this.queue = packet.addTo(this.queue);
  }
  return current;
}

// ---- the scheduler

function Scheduler() {
  this.queueCount = 0;
  this.holdCount = 0;
  this.blocks = [];
  for (var i = 0; i < NUMBER_OF_IDS; i++) this.blocks.push(null);
  this.list = null;
  this.currentTcb = null;
  this.currentId = 0;
}

function addTask(s, id, priority, queue, task) {
  s.currentTcb = new TaskControlBlock(s.list, id, priority, queue, task);
  s.list = s.currentTcb;
  s.blocks[id] = s.currentTcb;
}

function schedule(s) {
  s.currentTcb = s.list;
  while (s.currentTcb !== null) {
    if (isHeldOrSuspended(s.currentTcb)) {
      s.currentTcb = s.currentTcb.link;
    } else {
      s.currentId = s.currentTcb.id;
      s.currentTcb = s.currentTcb.run();
    }
  }
}

function release(s, id) {
  var tcb = s.blocks[id];
  if (tcb === null) return tcb;
  tcb.state = tcb.state & STATE_NOT_HELD;
  if (tcb.priority > s.currentTcb.priority) return tcb;
  return s.currentTcb;
}

function holdCurrent(s) {
  s.holdCount++;
  s.currentTcb.state = s.currentTcb.state | STATE_HELD;
  return s.currentTcb.link;
}

function suspendCurrent(s) {
  s.currentTcb.state = s.currentTcb.state | STATE_SUSPENDED;
  return s.currentTcb;
}

function queuePacket(s, packet) {
  var t = s.blocks[packet.id];
  if (t === null) return t;
  s.queueCount++;
  packet.link = null;
  packet.id = s.currentId;
  return t.checkPriorityAdd(s.currentTcb, packet);
}

// ---- the four kinds of task; each constructor attaches its own run function

function IdleTask(scheduler, v1, count) {
  this.scheduler = scheduler;
  this.v1 = v1;
  this.count = count;
  this.run = idleRun;
}

function idleRun(packet) {
  this.count--;
  if (this.count === 0) return holdCurrent(this.scheduler);
  if ((this.v1 & 1) === 0) {
    this.v1 = this.v1 >> 1;
    return release(this.scheduler, ID_DEVICE_A);
  }
  this.v1 = (this.v1 >> 1) ^ 0xD008;
  return release(this.scheduler, ID_DEVICE_B);
}

function DeviceTask(scheduler) {
  this.scheduler = scheduler;
  this.pending = null;
  this.run = deviceRun;
}

function deviceRun(packet) {
  if (packet === null) {
    if (this.pending === null) return suspendCurrent(this.scheduler);
    var v = this.pending;
    this.pending = null;
    return queuePacket(this.scheduler, v);
  }
  this.pending = packet;
  return holdCurrent(this.scheduler);
}

function WorkerTask(scheduler, destination, counter) {
  this.scheduler = scheduler;
  this.destination = destination;
  this.counter = counter;
  this.run = workerRun;
}

function workerRun(packet) {
  if (packet === null) return suspendCurrent(this.scheduler);
  this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  packet.id = this.destination;
  packet.a1 = 0;
  for (var i = 0; i < DATA_SIZE; i++) {
    this.counter++;
    if (this.counter > 26) this.counter = 1;
    packet.a2[i] = this.counter;
  }
  return queuePacket(this.scheduler, packet);
}

function HandlerTask(scheduler) {
  this.scheduler = scheduler;
  this.work = null;       // queue of work packets
  this.devices = null;    // queue of device packets
  this.run = handlerRun;
}

function handlerRun(packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) this.work = packet.addTo(this.work);
    else this.devices = packet.addTo(this.devices);
  }
  if (this.work !== null) {
    var count = this.work.a1;
    if (count < DATA_SIZE) {
      if (this.devices !== null) {
        var v = this.devices;
        this.devices = this.devices.link;
        v.a1 = this.work.a2[count];
        this.work.a1 = count + 1;
        return queuePacket(this.scheduler, v);
      }
    } else {
      var w = this.work;
      this.work = this.work.link;
      return queuePacket(this.scheduler, w);
    }
  }
  return suspendCurrent(this.scheduler);
}

function richards(count) {
  var s = new Scheduler();
  addTask(s, ID_IDLE, 0, null, new IdleTask(s, 1, count));
  s.currentTcb.state = STATE_RUNNING;

  var queue = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  addTask(s, ID_WORKER, 1000, queue, new WorkerTask(s, ID_HANDLER_A, 0));

  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  addTask(s, ID_HANDLER_A, 2000, queue, new HandlerTask(s));

  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  addTask(s, ID_HANDLER_B, 3000, queue, new HandlerTask(s));

  addTask(s, ID_DEVICE_A, 4000, null, new DeviceTask(s));
  addTask(s, ID_DEVICE_B, 5000, null, new DeviceTask(s));

  schedule(s);
  return s;
}

var ok = true;
var result = null;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = richards(COUNT);
  if (result.queueCount !== EXPECTED_QUEUED || result.holdCount !== EXPECTED_HELD) ok = false;
}
console.log("richards", result.queueCount, result.holdCount, ok ? "ok" : "WRONG");
