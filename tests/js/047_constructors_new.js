// new F(...) creates an object, binds this, and returns it.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
var p = new Point(1, 2);
var q = new Point(3.5, -4);
console.log(p.x, p.y, q.x, q.y);
console.log(p, q);
function Empty() {}
console.log(new Empty());
function Counter(start) {
  this.value = start;
  var self = this;
  this.inc = function () { self.value++; return self.value; };
}
var c = new Counter(10);
c.inc();
c.inc();
console.log(c.value, c.inc());
function Rect(w, h) {
  this.w = w;
  this.h = h;
  this.area = w * h;
  this.square = w === h;
}
var rects = [];
for (var i = 1; i <= 4; i++) { rects.push(new Rect(i, 4 - i + 1)); }
var total = 0;
for (var j = 0; j < rects.length; j++) { total += rects[j].area; }
console.log(total, rects[1].square, rects[2]);
function Node(value, next) {
  this.value = value;
  this.next = next;
}
var list = null;
for (var k = 0; k < 5; k++) { list = new Node(k * k, list); }
var walk = list;
var seen = [];
while (walk !== null) {
  seen.push(walk.value);
  walk = walk.next;
}
console.log(seen);
function Partial(a, b) {
  this.a = a;
  this.b = b;
}
console.log(new Partial(1), new Partial());
function Conditional(flag) {
  if (flag) { this.yes = 1; } else { this.no = 0; }
  this.always = true;
}
console.log(new Conditional(true), new Conditional(false));
var noArgs = new Point();
console.log(noArgs, typeof noArgs);
