// Objects created with new print with their constructor's name.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
console.log(new Point(1, 2));
console.log([new Point(1, 2), new Point(3, 4)]);
console.log({ origin: new Point(0, 0) });
function Line(a, b) {
  this.from = a;
  this.to = b;
}
console.log(new Line(new Point(0, 0), new Point(5, 5)));
function Empty() {}
console.log(new Empty(), [new Empty()]);
function Box(v) { this.value = v; }
console.log(new Box(new Box(new Box(new Box(1)))));
function Big(n) {
  this.name = "big object number " + n;
  this.description = "a fairly long description string";
  this.count = n;
}
console.log(new Big(1));
var p = new Point(1, 2);
p.z = 3;
p.x = "changed";
console.log(p);
function Wrapper(items) { this.items = items; }
console.log(new Wrapper([1, 2, 3]), new Wrapper([]));
var points = [];
for (var i = 0; i < 4; i++) { points.push(new Point(i, -i)); }
console.log(points);
var anon = function (v) { this.v = v; };
console.log(new anon(7));
