// A class with a getter and a static method, a derived class with super() and super.m(),
// and a spread call: the CallRuntime intrinsics a class definition compiles to.
class Shape {
  constructor(name) { this.name = name; }
  get label() { return `<${this.name}>`; }
  describe() { return this.label; }
  static of(...names) { return names.map((n) => new Shape(n)); }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  describe() { return super.describe() + " r=" + this.r; }
}
const c = new Circle(2);
console.log(c.describe(), c instanceof Shape, "r" in c);
console.log(Math.max(...[1, 5, 3]));
