// Calling with fewer arguments (missing ones are undefined) or more (ignored).
function three(a, b, c) {
  return [a, b, c];
}
console.log(three());
console.log(three(1));
console.log(three(1, 2));
console.log(three(1, 2, 3));
console.log(three(1, 2, 3, 4, 5));
function sum3(a, b, c) { return a + b + c; }
console.log(sum3(1, 2, 3), sum3(1, 2), sum3("a", "b"), sum3(1, 2, 3, 100));
function opt(a, b) {
  if (b === undefined) { b = 10; }
  return a * b;
}
console.log(opt(3), opt(3, 2), opt(3, undefined), opt(3, null));
function noParams() { return "ok"; }
console.log(noParams(1, 2, 3));
var sideEffects = 0;
function bump() { sideEffects++; return sideEffects; }
noParams(bump(), bump(), bump());
console.log("extra args still evaluated", sideEffects);
function typeOfArgs(a, b) { return typeof a + "," + typeof b; }
console.log(typeOfArgs(), typeOfArgs(1), typeOfArgs(1, "x"));
var arrow = (x, y) => y;
console.log(arrow(1), arrow(1, 2), arrow(1, 2, 3));
function hot(a, b) { return b === undefined ? a : a + b; }
var acc = 0;
for (var i = 0; i < 200; i++) {
  acc += i % 2 ? hot(i) : hot(i, 1);
}
console.log(acc);
function first(a) { return a; }
console.log(first(), first(null), first(0, 1));
