// Prefix and postfix ++/-- on variables: returned values and side effects.
var i = 0;
console.log(i++, i, ++i, i, i--, i, --i, i);
var x = 5;
var y = x++ + ++x;
console.log(x, y);
var z = 10;
var w = z-- - --z;
console.log(z, w);
var d = 1.5;
d++;
console.log(d, d--, d, --d);
var big = 2147483647;
big++;
console.log(big, ++big);
var small = -2147483648;
small--;
console.log(small);
var s = "7";
var r = s++;
console.log(r, s, typeof r);
var u;
u++;
console.log(u);
var n = null;
n++;
console.log(n);
var count = 0;
for (var k = 0; k < 10; ++k) {
  count++;
}
console.log("count", count, "k", k);
let lv = 3;
lv--;
--lv;
console.log("let", lv);
function counter() {
  var c = 0;
  return function () { return c++; };
}
var next = counter();
console.log(next(), next(), next());
var neg = -0;
neg--;
neg++;
console.log(neg, 1 / neg);
