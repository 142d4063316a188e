// Static fields: initializers run once, in order, at class definition, and may use the class and earlier statics.
let log = [];
class Point {
  static ZERO = new Point(0, 0);
  static ONE = new Point(1, 1);
  static count = 0;
  static ORIGIN_NAME = 'origin at ' + Point.ZERO;
  static UNIT = Point.ONE.plus(Point.ZERO);
  x; y;
  constructor(x, y) { this.x = x; this.y = y; log.push('new ' + x + ',' + y); }
  plus(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return '(' + this.x + ', ' + this.y + ')'; }
}
console.log(log.join(' | '));
console.log(Point.ZERO, String(Point.ONE), Point.count, Point.ORIGIN_NAME, `${Point.UNIT}`);
console.log(Point.ZERO instanceof Point, Object.keys(Point));

// `this` inside a static initializer is the class itself.
class Config {
  static base = 10;
  static doubled = this.base * 2;
  static self = this;
  static name2 = this.name + '!';
  static later = this.notYet;
  static notYet = 'set';
}
console.log(Config.base, Config.doubled, Config.self === Config, Config.name2, Config.later, Config.notYet);

// Static initializers run at definition time, interleaved with surrounding code.
console.log('before');
class Eager {
  static a = console.log('static a runs') || 1;
  static b = (console.log('static b runs'), Eager.a + 1);
}
console.log('after', Eager.a, Eager.b);

// Static fields are inherited through the constructor chain but can be shadowed.
class Base { static kind = 'base'; static tag = 'B'; static describe() { return this.kind + '/' + this.tag; } }
class Derived extends Base { static kind = 'derived'; }
console.log(Base.describe(), Derived.describe(), Derived.tag, Object.keys(Derived));
Derived.tag = 'D';
console.log(Base.tag, Derived.tag);

// A static counter updated by the constructor.
class Id {
  static next = 100;
  id = Id.next++;
}
const ids = [new Id(), new Id(), new Id()].map(o => o.id);
console.log(ids, Id.next);
// Static fields defined from an anonymous class expression.
const K = class { static me = this; static n = 1 + 1; };
console.log(K.me === K, K.n, typeof K);
