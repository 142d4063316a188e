// A small program using the everyday features together: class fields, static blocks, destructuring,
// object spread and accessors, reserved-word methods, numeric literals, arguments, new array/string methods.
const { sum } = require('./modules/h8_run');
class Money {
  static ZERO = new Money(0);
  static CURRENCY = 'EUR';
  cents = 0;
  constructor(cents) { this.cents = Math.round(cents); }
  plus({ cents }) { return new Money(this.cents + cents); }
  toString() { return (this.cents / 100).toFixed(2).padStart(8) + ' ' + Money.CURRENCY; }
}
class Item {
  static catalog = new Map();
  static {
    for (const [sku, name, cents] of [['A1', 'apple', 0x32], ['B2', 'bread', 2_50], ['C3', 'cheese', 1.2e3]])
      this.catalog.set(sku, { name, price: new Money(cents) });
  }
  qty = 1;
  constructor(sku, qty) { this.sku = sku; if (qty !== undefined) this.qty = qty; }
  get line() { const { name, price } = Item.catalog.get(this.sku); return { name, total: new Money(price.cents * this.qty) }; }
}
class Order {
  items = [];
  static with() { const o = new Order(); for (const spec of arguments) o.add(...spec); return o; }
  add(sku, qty) { this.items.push(new Item(sku, qty)); return this; }
  get total() { return this.items.map(i => i.line.total).reduce((a, b) => a.plus(b), Money.ZERO); }
  delete(sku) { this.items = this.items.filter(({ sku: s }) => s !== sku); return this; }
}
const order = Order.with(['A1', 4], ['B2'], ['C3', 2], ['A1', 0b11]);
for (const [i, { line: { name, total } }] of order.items.entries()) console.log(String(i + 1).padEnd(3), name.padEnd(8, '.'), `${total}`);
console.log('total', `${order.total}`, order.items.length, order.items.at(-1).qty);
order.delete('A1');
console.log('after delete', `${order.total}`, order.items.map(({ sku }) => sku).join());
const summary = { ...Object.fromEntries([...Item.catalog].map(([k, { name }]) => [k, name])), count: Item.catalog.size };
console.log(summary, sum(...[...Item.catalog.values()].map(({ price: { cents } }) => cents)));
let big = Money.ZERO;
for (let i = 0; i < 3000; i++) big = big.plus(Item.catalog.get(['A1', 'B2', 'C3'][i % 3]).price);
console.log(`${big}`, Number.isInteger(big.cents), big.cents.toExponential(3));
