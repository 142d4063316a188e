// Public instance fields: `x = 0;`, `y;`, initializers run per instance, in order, before the constructor body.
class Point {
  x = 0;
  y;
  label = 'p' + this.x;
  constructor(x, y) {
    console.log('ctor sees', this.x, this.y, this.label);
    if (x !== undefined) this.x = x;
    if (y !== undefined) this.y = y;
  }
}
const p = new Point();
console.log(p, Object.keys(p), 'y' in p, p.y);
const q = new Point(3, 4);
console.log(q.x, q.y, q.label, JSON.stringify(q));

// Each instance gets a fresh initializer value.
class Bag {
  items = [];
  meta = { count: 0 };
  add(v) { this.items.push(v); this.meta.count++; return this; }
}
const b1 = new Bag().add(1).add(2);
const b2 = new Bag().add(9);
console.log(b1.items, b1.meta, b2.items, b2.meta, b1.items === b2.items);

// Initializers see `this` and fields declared before them; later ones are still undefined.
let order = [];
function note(tag, v) { order.push(tag); return v; }
class Ordered {
  a = note('a', 1);
  b = note('b', this.a + 1);
  c = note('c', this.d);
  d = note('d', 4);
}
const o = new Ordered();
console.log(order.join(','), o.a, o.b, o.c, o.d);
new Ordered();
console.log(order.length);

// A field shadows a prototype method of the same name.
class Shadow {
  greet = () => 'field ' + this.name;
  name = 'S';
  greet2() { return 'method'; }
}
Shadow.prototype.greet = function () { return 'proto'; };
const s = new Shadow();
console.log(s.greet(), Object.getPrototypeOf(s).greet(), s.hasOwnProperty('greet'));
const detached = s.greet;
console.log(detached());

// Fields are own, enumerable, writable properties, in declaration order.
class Many { z = 1; a = 2; m = 3; 5 = 'five'; 'quoted key' = 6; }
const m = new Many();
console.log(Object.keys(m), m[5], m['quoted key']);
m.z = 10; delete m.a;
console.log(m);
// Fields with arrow functions capture the instance.
class Counter {
  n = 0;
  inc = () => ++this.n;
}
const c = new Counter();
const inc = c.inc;
inc(); inc(); inc();
console.log(c.n, new Counter().n);
