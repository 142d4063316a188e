// Class declarations: constructor, methods, instances and how they print.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
  length2() {
    return this.x * this.x + this.y * this.y;
  }
  toString() {
    return '(' + this.x + ', ' + this.y + ')';
  }
}
var p = new Point(1, 2);
var q = new Point(3, 4);
console.log(p, q);
console.log(p.add(q));
console.log(q.length2(), p.add(q).length2());
console.log(String(p), '' + q, `${p.add(p)}`);
console.log(typeof Point, typeof p, p instanceof Point);
console.log(p.add === q.add, p.constructor === Point);
class Empty {}
console.log(new Empty(), typeof new Empty());
class NoArgs {
  constructor() {
    this.items = [];
    this.count = 0;
  }
  push(v) {
    this.items.push(v);
    this.count++;
    return this;
  }
}
var n = new NoArgs().push(1).push('two').push([3]);
console.log(n, n.count);
console.log(Point.name, Empty.name);
