// new applied to a non-function value: "x is not a constructor".
function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
var x = "Point";
var p = new x(1, 2);
console.log("not reached", p);
