// Static methods live on the constructor, not on instances.
class MathUtil {
  static square(x) {
    return x * x;
  }
  static sumOfSquares(a, b) {
    return MathUtil.square(a) + this.square(b);
  }
  instanceMethod() {
    return 'instance';
  }
}
console.log(MathUtil.square(7), MathUtil.sumOfSquares(3, 4));
var m = new MathUtil();
console.log(typeof m.square, typeof MathUtil.instanceMethod, m.instanceMethod());
class Registry {
  static create(name) {
    var r = new Registry();
    r.name = name;
    return r;
  }
  static describe(r) {
    return 'Registry(' + r.name + ')';
  }
}
var r = Registry.create('main');
console.log(r, Registry.describe(r));
// static methods are inherited by subclasses
class Base {
  static make() {
    return new this();
  }
  kind() {
    return 'base';
  }
}
class Derived extends Base {
  kind() {
    return 'derived';
  }
}
console.log(Base.make().kind(), Derived.make().kind());
console.log(Derived.make() instanceof Derived, Derived.make() instanceof Base);
// static called in a loop
var total = 0;
for (var i = 0; i < 3000; i++) {
  total += MathUtil.square(i % 10);
}
console.log(total);
// a property added to the class object afterwards
MathUtil.version = 3;
console.log(MathUtil.version);
