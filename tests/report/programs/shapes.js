// A multi-function program for the report's tests: inlining three levels deep and a deopt
// inside the inlined code, polymorphic and megamorphic property sites, a call site with
// several targets, an int32 add that overflows into doubles, and strings that look like HTML.
function inner(o, k, d) { var q = o.x * k; return q + d; }
function middle(o, k, d, s) { var t = k + 2; var u = d * 0.5; return inner(o, t, u) + t + s.length; }
function outer(o, n, label) {
  var s = 0, h = 0.25;
  for (var i = 0; i < n; i++) { s = s + middle(o, i, h, label); h = h + 1.5; }
  return s;
}

function area(shape) { return shape.w * shape.h; }
function Rect(w, h) { this.w = w; this.h = h; }
function Square(s) { this.h = s; this.w = s; }

function kind(thing) { return thing.kind; }
function sum(a, b) { return a + b; }
function twice(f, x) { return f(f(x)); }
function inc(x) { return x + 1; }
function dbl(x) { return x * 2; }
function half(x) { return x * 0.5; }

var o = { x: 3 };
var r = 0;
for (var k = 0; k < 40; k++) r += outer(o, 50, "ab");
console.log(r);

var total = 0;
for (var i = 0; i < 300; i++) total += area(i % 2 ? new Rect(i, 2) : new Square(i));
console.log(total);

var things = [{ kind: 1 }, { a: 0, kind: 2 }, { b: 0, kind: 3 }, { c: 0, kind: 4 }, { d: 0, kind: 5 },
              { e: 0, kind: 6 }];
var kinds = 0;
for (var j = 0; j < 300; j++) kinds += kind(things[j % things.length]);
console.log(kinds);

var acc = 0;
for (var m = 0; m < 300; m++) acc = sum(acc, m) | 0;
console.log(acc, sum(2147483647, 1));

var t = 0;
for (var n = 0; n < 300; n++) t += twice(n % 2 ? inc : dbl, n);
console.log(t);

o.x = 2.5;
console.log(outer(o, 10, "abc"));
console.log(sum("</script><script>alert('x')</script>", "<b>&amp;</b>"));
console.log(area({ w: "<i>", h: 1 }));
for (var q = 0; q < 300; q++) half(q);
console.log(half("</script><script>alert(1)</script><b>"));
