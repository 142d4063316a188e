// Reading absent properties yields undefined, which then propagates.
var o = { a: 1 };
console.log(o.b, o["c"], o.b === undefined, typeof o.b);
console.log(o.b + 1, o.b + "", o.b || "default", o.b && o.b.c);
var arr = [1, 2];
console.log(arr.foo, arr[10], arr[-1], arr["x"]);
function P() { this.here = true; }
var p = new P();
console.log(p.here, p.there);
var nested = { level: {} };
console.log(nested.level.missing, nested.level.missing === undefined);
function getOr(obj, key, dflt) {
  var v = obj[key];
  return v === undefined ? dflt : v;
}
console.log(getOr(o, "a", 0), getOr(o, "z", 0), getOr({ z: null }, "z", 0));
var sum = 0;
var items = [{ v: 1 }, { v: 2 }, {}, { v: 4 }, { w: 5 }];
for (var i = 0; i < items.length; i++) {
  var val = items[i].v;
  if (val !== undefined) { sum += val; }
}
console.log("sum of present", sum);
var naive = 0;
for (var j = 0; j < items.length; j++) { naive += items[j].v; }
console.log("naive", naive);
var u = { x: undefined };
console.log(u.x, u, u.x === o.nothing);
var fn = function () {};
console.log(fn.someProp);
