// An order-processing state machine: string-keyed transitions in a switch, labelled
// loops, optional chaining and ?? for missing data, getters, for...in reporting,
// Object.freeze'd configuration and caught errors for illegal transitions.
'use strict';
const CONFIG = Object.freeze({ maxRetries: 2, taxRate: 0.2, currency: 'EUR' });
class IllegalTransition extends Error {
  constructor(order, event) {
    super(`order ${order.id}: cannot ${event} while ${order.state}`);
    this.name = 'IllegalTransition';
  }
}
class Order {
  constructor(id, lines, customer) {
    this.id = id;
    this.lines = lines;
    this.customer = customer;
    this.state = 'new';
    this.retries = 0;
    this.history = ['new'];
  }
  get subtotal() {
    return this.lines.reduce((s, l) => s + l.qty * l.price, 0);
  }
  get total() {
    return Math.round(this.subtotal * (1 + CONFIG.taxRate) * 100) / 100;
  }
  fire(event) {
    const from = this.state;
    let to;
    switch (from + ':' + event) {
      case 'new:pay':
        to = this.subtotal > 0 ? 'paid' : 'cancelled';
        break;
      case 'paid:ship':
        to = this.customer?.address?.city ? 'shipped' : 'held';
        break;
      case 'held:retry':
        this.retries++;
        to = this.retries > CONFIG.maxRetries ? 'cancelled' : 'held';
        break;
      case 'held:fix':
        to = 'paid';
        break;
      case 'shipped:deliver':
        to = 'done';
        break;
      case 'new:cancel':
      case 'paid:cancel':
      case 'held:cancel':
        to = 'cancelled';
        break;
      default:
        throw new IllegalTransition(this, event);
    }
    this.state = to;
    this.history.push(to);
    return to;
  }
}
const customers = {
  ann: { name: 'ann', address: { city: 'Oslo' } },
  bob: { name: 'bob', address: {} },
  cid: { name: 'cid' }
};
const orders = [
  new Order(1, [{ sku: 'a', qty: 2, price: 9.99 }], customers.ann),
  new Order(2, [{ sku: 'b', qty: 1, price: 100 }, { sku: 'c', qty: 3, price: 0.5 }], customers.bob),
  new Order(3, [], customers.ann),
  new Order(4, [{ sku: 'd', qty: 1, price: 5 }], customers.cid),
  new Order(5, [{ sku: 'e', qty: 10, price: 1.25 }], null)
];
const script = ['pay', 'ship', 'retry', 'retry', 'retry', 'deliver', 'pay'];
const errors = [];
for (const order of orders) {
  steps: for (const ev of script) {
    try {
      const s = order.fire(ev);
      if (s === 'done' || s === 'cancelled') break steps;
    } catch (e) {
      if (!(e instanceof IllegalTransition)) throw e;
      errors.push(e.message);
      continue steps;
    }
  }
}
for (const o of orders) {
  console.log(o.id, o.state + ' '.repeat(9 - o.state.length), String(o.total).padStart(7), CONFIG.currency, o.history.join('>'),
    o.customer?.address?.city ?? '(no city)', o.customer?.name ?? '(no customer)');
}
console.log(errors);
const counts = {};
for (const o of orders) counts[o.state] = (counts[o.state] ?? 0) + 1;
const report = [];
for (const state in counts) report.push(state + '=' + counts[state]);
console.log(report.join(', '));
try {
  CONFIG.taxRate = 0;
} catch (e) {
  console.log('config is frozen:', e.name, CONFIG.taxRate);
}
// Many orders through the machine.
let done = 0, cancelled = 0, revenue = 0;
for (let i = 0; i < 600; i++) {
  const cust = i % 3 === 0 ? customers.ann : i % 3 === 1 ? customers.bob : undefined;
  const o = new Order(100 + i, [{ sku: 'x', qty: (i % 4), price: 2.5 }], cust);
  o.fire('pay');
  if (o.state === 'paid') o.fire('ship');
  while (o.state === 'held') {
    if (i % 5 === 0) o.fire('fix');
    else o.fire('retry');
    if (o.state === 'paid') o.fire('cancel');
  }
  if (o.state === 'shipped') o.fire('deliver');
  if (o.state === 'done') {
    done++;
    revenue += o.total;
  } else cancelled++;
}
console.log(done, cancelled, revenue.toFixed(2));
