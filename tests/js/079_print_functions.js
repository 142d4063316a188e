// Functions print as [Function: name] or [Function (anonymous)].
function named() {}
var expr = function () {};
var namedExpr = function inner() {};
var arrow = () => 0;
console.log(named);
console.log(expr);
console.log(namedExpr);
console.log(arrow);
console.log(function () {});
console.log(() => 1);
console.log([named, arrow]);
console.log([function () {}, () => 2]);
function outer() {
  return function () {};
}
console.log(outer(), outer);
function Ctor() { this.a = 1; }
console.log(Ctor, new Ctor());
let letFn = function () {};
const constArrow = (a, b) => a + b;
console.log(letFn, constArrow);
console.log(Math.floor, console.log);
var alias = named;
console.log(alias);
console.log({ f: named }, { g: alias });
console.log(typeof named, "" + typeof arrow);
