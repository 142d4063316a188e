// A bank ledger with an event bus: classes, Map/Set, rest/spread, arrow callbacks,
// custom errors with try/catch/finally, and a JSON snapshot at the end.
class InsufficientFunds extends Error {
  constructor(account, amount) {
    super(`account ${account.id} cannot pay ${amount}`);
    this.name = 'InsufficientFunds';
    this.shortfall = amount - account.balance;
  }
}
class FrozenAccount extends Error {
  constructor(id) {
    super(`account ${id} is frozen`);
    this.name = 'FrozenAccount';
  }
}
class EventBus {
  constructor() {
    this.handlers = new Map();
    this.fired = 0;
  }
  on(type, fn) {
    if (!this.handlers.has(type)) this.handlers.set(type, []);
    this.handlers.get(type).push(fn);
    return () => {
      const list = this.handlers.get(type);
      list.splice(list.indexOf(fn), 1);
    };
  }
  emit(type, ...args) {
    this.fired++;
    for (const fn of this.handlers.get(type) ?? []) fn(...args);
  }
}
class Account {
  constructor(id, owner, balance = 0) {
    this.id = id;
    this.owner = owner;
    this.balance = balance;
    this.frozen = false;
  }
  get summary() {
    return `${this.id}:${this.owner}:${this.balance}`;
  }
}
class Bank {
  constructor(bus) {
    this.bus = bus;
    this.accounts = new Map();
    this.nextId = 1;
    this.log = [];
  }
  open(owner, initial = 0) {
    const acct = new Account(this.nextId++, owner, initial);
    this.accounts.set(acct.id, acct);
    this.bus.emit('open', acct);
    return acct;
  }
  get(id) {
    const a = this.accounts.get(id);
    if (!a) throw new RangeError('no account ' + id);
    return a;
  }
  transfer(fromId, toId, amount) {
    let ok = false;
    try {
      const from = this.get(fromId), to = this.get(toId);
      if (from.frozen) throw new FrozenAccount(from.id);
      if (from.balance < amount) throw new InsufficientFunds(from, amount);
      from.balance -= amount;
      to.balance += amount;
      ok = true;
      this.bus.emit('transfer', fromId, toId, amount);
      return true;
    } catch (e) {
      this.bus.emit('error', e);
      return false;
    } finally {
      this.log.push(`${fromId}->${toId}:${amount}:${ok ? 'ok' : 'fail'}`);
    }
  }
  total() {
    let t = 0;
    for (const a of this.accounts.values()) t += a.balance;
    return t;
  }
}
const bus = new EventBus();
const errorsByName = {};
const volume = { count: 0, amount: 0 };
const touched = new Set();
bus.on('open', (a) => console.log('opened', a.summary));
bus.on('error', (e) => {
  errorsByName[e.name] = (errorsByName[e.name] || 0) + 1;
});
const stopVolume = bus.on('transfer', (from, to, amount) => {
  volume.count++;
  volume.amount += amount;
});
bus.on('transfer', (...ids) => {
  touched.add(ids[0]);
  touched.add(ids[1]);
});
const bank = new Bank(bus);
const names = ['ann', 'bob', 'cid', 'dee', 'eve'];
names.forEach((n, i) => bank.open(n, (i + 1) * 100));
console.log('total', bank.total());
console.log(bank.transfer(1, 2, 50), bank.transfer(1, 2, 500), bank.transfer(9, 1, 1), bank.transfer(2, 3, 150));
bank.get(4).frozen = true;
console.log(bank.transfer(4, 5, 10));
for (let i = 0; i < 2000; i++) {
  const from = (i % 5) + 1, to = ((i * 3) % 5) + 1;
  if (from !== to) bank.transfer(from, to, (i % 7) * 5);
  if (i === 1000) stopVolume();
}
console.log('total after', bank.total(), 'events fired', bus.fired);
console.log('volume', volume, 'touched', [...touched].sort());
console.log('errors', errorsByName);
console.log('log size', bank.log.length, bank.log.slice(0, 6));
console.log([...bank.accounts.values()].map((a) => a.summary));
const snapshot = JSON.stringify([...bank.accounts.values()]);
console.log(snapshot);
const restored = JSON.parse(snapshot).map((o) => Object.assign(new Account(o.id, o.owner), o));
console.log(restored[3], restored[3] instanceof Account, restored[3].summary);
try {
  bank.get(1).balance -= 1e9;
  if (bank.get(1).balance < 0) throw new InsufficientFunds(bank.get(1), 1e9);
} catch (e) {
  console.log(e.name, e.message, e.shortfall, e instanceof Error);
}
