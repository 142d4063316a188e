// Helper module: exports a base class.
class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    return this.name + ' with area ' + this.area();
  }
}
module.exports = Shape;
