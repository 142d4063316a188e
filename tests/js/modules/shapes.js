// Helper module: subclasses of a class imported from another module.
var Shape = require('./shape_base');
class Rect extends Shape {
  constructor(w, h) {
    super('rect');
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = 'square';
  }
}
module.exports = { Shape: Shape, Rect: Rect, Square: Square };
