// typeof for every kind of value, including undeclared identifiers.
console.log(typeof 1, typeof 1.5, typeof NaN, typeof -0, typeof Infinity);
console.log(typeof "", typeof "s", typeof true, typeof false);
console.log(typeof undefined, typeof null, typeof {}, typeof []);
function decl() {}
var expr = function () {};
var arrow = () => 1;
console.log(typeof decl, typeof expr, typeof arrow, typeof console.log);
console.log(typeof Math, typeof Math.floor, typeof console);
function P() { this.x = 1; }
console.log(typeof new P(), typeof P, typeof new P().x);
console.log(typeof notDeclaredAnywhere, typeof typeof 1);
var u;
console.log(typeof u, typeof (1 + "1"), typeof (1 - "1"));
console.log(typeof [1, 2][5], typeof { a: 1 }.a, typeof { a: 1 }.b);
var things = [1, "a", true, null, undefined, {}, [], decl, 0.5];
var kinds = [];
for (var i = 0; i < things.length; i++) {
  kinds.push(typeof things[i]);
}
console.log(kinds);
console.log(typeof 1 === "number", typeof null === "object");
var counts = { number: 0, string: 0, object: 0, other: 0 };
for (var j = 0; j < things.length; j++) {
  var t = typeof things[j];
  if (t === "number" || t === "string" || t === "object") {
    counts[t]++;
  } else {
    counts.other++;
  }
}
console.log(counts);
