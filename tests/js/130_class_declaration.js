class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
console.log(new Point(1, 2).x);
