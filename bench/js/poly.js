// A polymorphic property site: one load sees four object shapes.
var COUNT = 400;  // quick: 40
var ROUNDS = 200;  // quick: 3
function A(v) { this.v = v; }
function B(v) { this.u = 1; this.v = v; }
function C(v) { this.w = 2; this.u = 1; this.v = v; }
function D(v) { this.v = v; this.z = 3; }
function make(n) {
  var xs = [];
  for (var i = 0; i < n; i++) {
    var k = i % 4;
    if (k === 0) xs.push(new A(i));
    else if (k === 1) xs.push(new B(i));
    else if (k === 2) xs.push(new C(i));
    else xs.push(new D(i));
  }
  return xs;
}
function total(xs) {
  var s = 0;
  for (var i = 0; i < xs.length; i++) s = (s + xs[i].v) % 1000003;
  return s;
}
var xs = make(COUNT);
var check = 0;
for (var r = 0; r < ROUNDS; r++) check = (check + total(xs) * (r + 1)) % 1000003;
console.log("poly", check);
