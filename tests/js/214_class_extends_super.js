// extends and super(...) in constructors.
class Shape {
  constructor(name) {
    this.name = name;
    this.id = Shape.count++;
  }
  describe() {
    return this.name + '#' + this.id + ' area=' + this.area();
  }
  area() {
    return 0;
  }
}
Shape.count = 0;
class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
  }
  area() {
    return Math.round(Math.PI * this.r * this.r * 100) / 100;
  }
}
class Square extends Shape {
  constructor(s) {
    super('square');
    this.s = s;
  }
  area() {
    return this.s * this.s;
  }
}
class Plain extends Shape {}
var shapes = [new Circle(1), new Square(3), new Plain('plain'), new Circle(2.5)];
for (var i = 0; i < shapes.length; i++) {
  console.log(shapes[i].describe());
}
console.log(shapes);
console.log(shapes[0] instanceof Circle, shapes[0] instanceof Shape, shapes[0] instanceof Square);
console.log(shapes[2] instanceof Plain, shapes[2].name);
// this before super() is a ReferenceError
class Bad extends Shape {
  constructor() {
    this.x = 1;
    super('bad');
  }
}
try {
  new Bad();
} catch (e) {
  console.log('caught', e.name);
}
// super with computed arguments
class Labeled extends Shape {
  constructor(a, b) {
    super(a + '-' + b);
  }
}
console.log(new Labeled('x', 'y').name);
console.log(Shape.count);
