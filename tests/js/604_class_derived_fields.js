// Fields of a derived class are initialized right after super() returns, before the rest of the constructor.
const log = [];
class Base {
  baseField = (log.push('base field'), 'B');
  constructor() {
    log.push('base ctor, derived field = ' + this.derivedField);
    this.init();
  }
  init() { log.push('Base.init'); }
}
class Derived extends Base {
  derivedField = (log.push('derived field'), 'D' + this.baseField);
  constructor() {
    log.push('derived ctor before super');
    super();
    log.push('derived ctor after super: ' + this.derivedField);
  }
  init() { log.push('Derived.init sees ' + this.derivedField); }
}
const d = new Derived();
console.log(log.join('\n'));
console.log(Object.keys(d), d.baseField, d.derivedField);

// Without an explicit constructor: same order.
log.length = 0;
class Implicit extends Base {
  extra = (log.push('implicit field'), this.baseField + '!');
}
const i = new Implicit();
console.log(log, i.extra);

// Overriding a base field with a field of the same name.
class Animal {
  sound = 'generic';
  legs = 4;
  speak() { return this.sound + ' on ' + this.legs + ' legs'; }
}
class Bird extends Animal {
  sound = 'tweet';
  legs = this.legs - 2;
}
class Parrot extends Bird {
  sound = this.sound + ' (repeats)';
}
console.log(new Animal().speak(), new Bird().speak(), new Parrot().speak());

// Derived fields initialized with arguments-free expressions that use methods.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
}
class Square extends Shape {
  side = 3;
  areaAtInit = this.area();
  constructor(side) {
    super('square');
    this.side = side;
  }
  area() { return this.side * this.side; }
}
const sq = new Square(5);
console.log(sq.name, sq.side, sq.areaAtInit, sq.area());

// Three levels, each with fields and static fields.
class L1 { static depth = 1; a = 1; }
class L2 extends L1 { static depth = L1.depth + 1; b = this.a + 1; }
class L3 extends L2 { static depth = L2.depth + 1; c = this.b + 1; }
const l3 = new L3();
console.log(l3, L3.depth, L2.depth, L1.depth);
// Field initializers can call super methods.
class S1 { hello() { return 'hello from S1'; } }
class S2 extends S1 { msg = super.hello() + ' via S2'; }
console.log(new S2().msg);
