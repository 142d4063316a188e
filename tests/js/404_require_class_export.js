// Classes exported from modules, extended across module boundaries.
var Shape = require('./modules/shape_base');
var shapes = require('./modules/shapes');
console.log(shapes.Shape === Shape);
var list = [new shapes.Rect(2, 3), new shapes.Square(4), new Shape('blob')];
for (var s of list) console.log(s.describe());
console.log(list);
console.log(list[1] instanceof shapes.Rect, list[1] instanceof Shape, list[2] instanceof shapes.Rect);
class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
  }
  area() {
    return 3 * this.r * this.r;
  }
}
var c = new Circle(2);
console.log(c.describe(), c instanceof Shape);
var total = 0;
var hot = [new shapes.Rect(1, 2), new shapes.Square(3), new Circle(1)];
for (var i = 0; i < 3000; i++) total += hot[i % 3].area();
console.log(total);
