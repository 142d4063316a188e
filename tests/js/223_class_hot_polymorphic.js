// Polymorphic call sites: the same call sees several classes.
class Circle {
  constructor(r) { this.r = r; }
  area() { return 3 * this.r * this.r; }
  name() { return 'circle'; }
}
class Sq {
  constructor(s) { this.s = s; }
  area() { return this.s * this.s; }
  name() { return 'square'; }
}
class Tri {
  constructor(b, h) { this.b = b; this.h = h; }
  area() { return this.b * this.h / 2; }
  name() { return 'triangle'; }
}
class Dot {
  area() { return 0; }
  name() { return 'dot'; }
}
var shapes = [];
for (var i = 0; i < 40; i++) {
  switch (i % 4) {
    case 0: shapes.push(new Circle(i % 5)); break;
    case 1: shapes.push(new Sq(i % 6)); break;
    case 2: shapes.push(new Tri(i % 3, 4)); break;
    default: shapes.push(new Dot());
  }
}
function totalArea(list) {
  var t = 0;
  for (var j = 0; j < list.length; j++) t += list[j].area();
  return t;
}
var grand = 0;
for (var k = 0; k < 100; k++) grand += totalArea(shapes);
console.log(grand);
var names = {};
for (var m = 0; m < shapes.length; m++) {
  var nm = shapes[m].name();
  names[nm] = (names[nm] || 0) + 1;
}
console.log(names);
// a brand new class arrives after the site is hot
class Hex {
  area() { return 6; }
  name() { return 'hex'; }
}
shapes.push(new Hex());
console.log(totalArea(shapes));
// plain objects with the same method name mixed in
shapes.push({ area: function () { return 1000; } });
console.log(totalArea(shapes));
