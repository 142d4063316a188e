// console.log of class instances, nested instances and classes themselves.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Line {
  constructor(a, b) {
    this.from = a;
    this.to = b;
  }
}
class Empty {}
class Child extends Point {
  constructor() {
    super(0, 0);
    this.extra = 'yes';
  }
}
console.log(new Point(1, 2));
console.log(new Line(new Point(0, 0), new Point(3, 4)));
console.log(new Empty());
console.log(new Child());
console.log([new Point(1, 1), new Empty()]);
console.log({ p: new Point(5, 6) });
console.log(Point, Child, Empty);
console.log(typeof Point);
function Legacy(a) {
  this.a = a;
}
console.log(new Legacy(1));
var anon = new (class {})();
console.log(anon);
class WithMethod {
  constructor() {
    this.v = 1;
  }
  m() {}
}
console.log(new WithMethod());
var o = Object.create(Point.prototype);
console.log(o);
