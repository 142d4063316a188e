// Closures as function factories: adders, multipliers, partial application.
function adder(n) { return function (x) { return x + n; }; }
var add1 = adder(1);
var add10 = adder(10);
var addHalf = adder(0.5);
var addStr = adder("!");
console.log(add1(1), add10(1), addHalf(1), addStr("hi"), add1("1"));
function multiplier(m) { return x => x * m; }
var triple = multiplier(3);
console.log(triple(7), triple(0.1), multiplier(-1)(5));
function partial(f, a) { return function (b) { return f(a, b); }; }
function pow(b, e) {
  var r = 1;
  for (var i = 0; i < e; i++) { r *= b; }
  return r;
}
var powOf2 = partial(pow, 2);
var powOf10 = partial(pow, 10);
console.log(powOf2(8), powOf2(32), powOf10(3), powOf10(22));
var adders = [];
for (var i = 0; i < 5; i++) { adders.push(adder(i * i)); }
var res = [];
for (var j = 0; j < adders.length; j++) { res.push(adders[j](100)); }
console.log(res);
function chain(fs) {
  return function (x) {
    for (var k = 0; k < fs.length; k++) { x = fs[k](x); }
    return x;
  };
}
var pipeline = chain([add1, triple, adder(-4), multiplier(0.5)]);
console.log(pipeline(1), pipeline(5), pipeline(-1));
function curry3(f) {
  return function (a) { return function (b) { return function (c) { return f(a, b, c); }; }; };
}
var vol = curry3(function (a, b, c) { return a * b * c; });
console.log(vol(2)(3)(4), vol(0.5)(0.5)(0.5));
