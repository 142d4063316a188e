// var is function-scoped: blocks do not create new var bindings.
var x = "global";
function test() {
  var x = "function";
  if (true) {
    var x = "block";
  }
  return x;
}
console.log(test(), x);
function blocks() {
  {
    var a = 1;
    {
      var b = a + 1;
    }
  }
  return a + b;
}
console.log(blocks());
var total = 0;
for (var i = 0; i < 5; i++) {
  var sq = i * i;
  total += sq;
}
console.log(total, i, sq);
function outer() {
  var v = 1;
  function inner() {
    var v = 2;
    return v;
  }
  var r = inner();
  return [v, r];
}
console.log(outer());
function modifiesGlobal() {
  x = "changed by function";
}
modifiesGlobal();
console.log(x);
function params(p) {
  var p;
  return p;
}
console.log(params(9));
function paramReassign(p) {
  p = p + 1;
  var p = p * 2;
  return p;
}
console.log(paramReassign(4));
var counter = 0;
function bump() { counter++; return counter; }
bump(); bump();
console.log(counter);
