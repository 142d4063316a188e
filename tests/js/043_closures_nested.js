// Closures nested three levels deep, reading variables from every level.
function level1(a) {
  var x1 = a * 10;
  return function level2(b) {
    var x2 = b * 100;
    return function level3(c) {
      var x3 = c * 1000;
      return function level4(d) {
        return a + b + c + d + x1 + x2 + x3;
      };
    };
  };
}
console.log(level1(1)(2)(3)(4));
var l2 = level1(5);
var l3a = l2(1);
var l3b = l2(2);
console.log(l3a(0)(0), l3b(0)(0), l3a(1)(1));
function outer() {
  var shared = 0;
  function mid() {
    var midCount = 0;
    function inner() {
      shared++;
      midCount++;
      return shared + "/" + midCount;
    }
    return inner;
  }
  return { mid: mid, get: function () { return shared; } };
}
var o = outer();
var i1 = o.mid();
var i2 = o.mid();
console.log(i1(), i1(), i2(), i1(), i2(), o.get());
function scopes() {
  let a = "a";
  {
    let b = "b";
    {
      let c = "c";
      return function () {
        return function () {
          return a + b + c;
        };
      };
    }
  }
}
console.log(scopes()()());
var deep = (x) => (y) => (z) => (w) => x * 1000 + y * 100 + z * 10 + w;
console.log(deep(1)(2)(3)(4), deep(9)(8)(7)(6));
