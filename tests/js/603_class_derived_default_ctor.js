// A derived class without a constructor forwards all its arguments to super.
class Base {
  constructor(...args) {
    this.args = args;
    this.count = arguments.length;
  }
}
class Child extends Base {}
class GrandChild extends Child {
  describe() { return this.count + ':' + JSON.stringify(this.args); }
}
console.log(new Child().count, new Child(1).args, new Child(1, 2, 3).args);
console.log(new Child(undefined).count, new Child(undefined, undefined).args);
console.log(new GrandChild('a', null, [1], { k: 2 }).describe());
const many = [];
for (let i = 0; i < 20; i++) many.push(i);
console.log(new GrandChild(...many).count);

// Named parameters in the base still receive the forwarded values.
class Vec {
  constructor(x, y = 10, z) {
    this.x = x; this.y = y; this.z = z;
  }
  sum() { return this.x + this.y + (this.z || 0); }
}
class Vec2 extends Vec {
  len() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
console.log(new Vec2(3, 4).len(), new Vec2(1).y, new Vec2(1, 2, 3).sum(), new Vec2(3, 4) instanceof Vec);

// Default constructor of a derived class with fields: fields are set after super returns.
class Tagged extends Vec {
  tag = 'x=' + this.x;
}
const t = new Tagged(7, 8);
console.log(t.tag, t.x, t.y, Object.keys(t));

// Extending a function-style constructor and a built-in Error.
function Old(a, b) { this.a = a; this.b = b; }
Old.prototype.pair = function () { return [this.a, this.b]; };
class New extends Old {}
console.log(new New('p', 'q').pair());
class AppError extends Error {}
const e = new AppError('bad thing');
console.log(e.message, e instanceof Error, e instanceof AppError, e.name, String(e));

// The number of forwarded arguments is visible through arguments.length in the base.
class Counted { constructor() { this.n = arguments.length; } }
class C1 extends Counted {}
class C2 extends C1 {}
console.log(new C2().n, new C2(1, 2).n, new C2(undefined, undefined, undefined).n);

// Returning an object from the base constructor replaces `this` for the derived class too.
class Weird { constructor(v) { return { replaced: v }; } }
class WeirdChild extends Weird {}
console.log(new WeirdChild(5), new WeirdChild(5) instanceof WeirdChild);
