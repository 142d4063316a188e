// Changing a prototype method after objects exist (and after calls got hot) must be seen.
function Greeter(name) {
  this.name = name;
}
Greeter.prototype.greet = function () {
  return 'hello ' + this.name;
};
var g1 = new Greeter('a');
var g2 = new Greeter('b');
var last = '';
for (var i = 0; i < 3000; i++) {
  last = g1.greet();
}
console.log(last, g2.greet());
Greeter.prototype.greet = function () {
  return 'bye ' + this.name;
};
console.log(g1.greet(), g2.greet());
function callGreet(g) {
  return g.greet();
}
var r1 = [];
for (var j = 0; j < 4000; j++) {
  if (j === 2000) {
    Greeter.prototype.greet = function () {
      return 'hey ' + this.name;
    };
  }
  if (j === 1999 || j === 2000 || j === 3999) r1.push(callGreet(g1));
}
console.log(r1);
// classes: replace a method on the class prototype
class Shape {
  area() {
    return 1;
  }
}
var s = new Shape();
var sum = 0;
for (var k = 0; k < 3000; k++) {
  if (k === 1500) {
    Shape.prototype.area = function () {
      return 2;
    };
  }
  sum += s.area();
}
console.log(sum);
// shadowing with an own property after the loop got hot
var sum2 = 0;
for (var m = 0; m < 3000; m++) {
  if (m === 1000) s.area = function () { return 10; };
  if (m === 2000) delete s.area;
  sum2 += s.area();
}
console.log(sum2);
// changing an intermediate prototype in a chain
class Base { v() { return 'base'; } }
class Sub extends Base {}
var sub = new Sub();
var seen = [];
for (var n = 0; n < 3000; n++) {
  if (n === 1000) Sub.prototype.v = function () { return 'sub'; };
  if (n === 2000) delete Sub.prototype.v;
  if (n % 1000 === 999 || n % 1000 === 0) seen.push(sub.v());
}
console.log(seen.join(' '));
