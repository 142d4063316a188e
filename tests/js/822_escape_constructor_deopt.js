// Escape analysis and deopt inside an inlined constructor: the object being built is captured
// half-made (only the properties stored so far), and the interpreter finishes the constructor
// on the materialized object, which `new` then returns.
class Pair {
  constructor(a, b) {
    this.a = a;
    this.b = b * 2;
    this.sum = this.a + this.b;
  }
  describe() { return this.a + "/" + this.b + "=" + this.sum; }
}

function make(a, b) {
  var p = new Pair(a, b);
  var q = new Pair(b, a);
  return p.sum - q.sum + (p.a === a ? 1 : 0);
}

function show(a, b) {
  var p = new Pair(a, b);
  if (p.sum > 1e6) return "big " + p.describe();
  return p.sum;
}

var t = 0;
for (var i = 0; i < 3000; i++) t += make(i, i + 1);
console.log(t);
console.log(make(3, 0.25), make(1.5, 2));
for (var j = 0; j < 3000; j++) t += show(j, 3);
console.log(t, show(1, 2), show(2e6, 1), show(0.5, 0.5));
var x = new Pair(1, 2);
console.log(x, Object.keys(x), x.describe());
