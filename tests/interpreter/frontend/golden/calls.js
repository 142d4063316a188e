// Plain calls (receiver undefined), method calls (receiver = object), new, and calls of results.
function Box(v) { this.v = v; }
function twice(f, x) { return f(f(x)); }
var util = { inc: function (n) { return n + 1; }, make: function () { return twice; } };
var b = new Box(util.inc(1));
console.log(twice(util.inc, b.v), util.make()(util.inc, 0), util["inc"](9));
