// The deopt story: getX is optimized for Points, then sees another shape.
function getX(obj) { return obj.x; }
function Point(x, y) { this.x = x; this.y = y; }
for (var i = 0; i < 10000; i++) getX(new Point(i, 1));
console.log(getX({ y: 2, x: 40 }));
