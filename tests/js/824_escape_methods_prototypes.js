// Escape analysis with methods and prototypes: a virtual object's methods are found on its
// prototype by feedback (guarded by the chain's validity cell); changing the prototype later
// deopts, materializing the object with its class, and the new method runs.
class Counter {
  constructor(start) { this.n = start; this.step = 1; }
  bump() { this.n = this.n + this.step; return this; }
  get double() { return this.n * 2; }
  value() { return this.n; }
}

function run(k) {
  var c = new Counter(k);
  c.bump().bump();
  var d = { base: c.value(), extra: c.step };
  return d.base + d.extra;
}

function withGetter(k) {
  var c = new Counter(k);
  return c.double;          // a getter: the object escapes into it (or it is inlined)
}

var t = 0;
for (var i = 0; i < 3000; i++) t += run(i) + withGetter(i);
console.log(t);
Counter.prototype.value = function () { return -this.n; };
console.log(run(10), withGetter(10));
for (var j = 0; j < 3000; j++) t += run(j);
console.log(t);
Object.prototype.extra = "on the chain";
console.log(run(1), ({}).extra, new Counter(3).extra);
delete Object.prototype.extra;
console.log(run(2), new Counter(4));
