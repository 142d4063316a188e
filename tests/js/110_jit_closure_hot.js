// Hot closures reading and writing captured variables, then changing type.
function makeAcc() {
  var total = 0;
  return function (x) { total += x; return total; };
}
var acc = makeAcc();
var last = 0;
for (var i = 0; i < 5000; i++) { last = acc(i); }
console.log("ints", last);
for (var j = 0; j < 1000; j++) { last = acc(0.25); }
console.log("doubles", last);
last = acc("!");
console.log("string", last);
last = acc(1);
console.log("string+1", last);
function counterPair() {
  var n = 0;
  return [function () { n++; return n; }, function () { n--; return n; }];
}
var cp = counterPair();
var up = cp[0], down = cp[1];
for (var k = 0; k < 3000; k++) { up(); if (k % 3 === 0) { down(); } }
console.log("net", up() - 1);
let shared = 0;
var bump = () => { shared = shared + 1; };
for (let m = 0; m < 4000; m++) { bump(); }
console.log("shared", shared);
function outer() {
  var a = 1;
  function mid() {
    var b = 2;
    return function () { a = a + b; b = b + 1; return a; };
  }
  return mid();
}
var deep = outer();
var dv = 0;
for (var n = 0; n < 2000; n++) { dv = deep(); }
console.log("deep", dv);
