// var declarations are hoisted: reads before the assignment give undefined.
console.log(early, typeof early);
var early = 5;
console.log(early);
function f() {
  console.log("in f before", local);
  var local = "set";
  console.log("in f after", local);
  if (false) {
    var never = 1;
  }
  console.log("never", never);
  return local;
}
console.log(f());
console.log(hoistedFn(3));
function hoistedFn(x) { return x * 2; }
function g() {
  x = 10;
  var x;
  return x;
}
console.log(g());
function loopVar() {
  for (var i = 0; i < 3; i++) {
    var inside = i * 10;
  }
  return [i, inside];
}
console.log(loopVar());
var dup = 1;
var dup = 2;
var dup;
console.log(dup);
function shadow() {
  console.log("shadow sees", dup);
  var dup = "local";
  return dup;
}
console.log(shadow(), dup);
var fnVar = 1;
function fnVar2() { return "decl"; }
console.log(typeof fnVar, fnVar2());
function order() {
  return inner();
  function inner() { return "inner declared after return"; }
}
console.log(order());
