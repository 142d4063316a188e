// A hot function later receives undefined, missing or null arguments.
function area(w, h) { return w * h; }
var s = 0;
for (var i = 0; i < 5000; i++) { s += area(i % 10, 3); }
console.log("hot", s);
console.log(area(2), area(), area(2, undefined), area(undefined, 3));
console.log(area(2, null), area(null, null), area(2, true), area(2, "4"));
function getLen(a) { return a.length; }
var t = 0;
for (var j = 0; j < 3000; j++) { t += getLen([1, 2, 3]); }
console.log("lens", t, getLen("hello"), getLen({ length: 42 }), getLen({}));
function addOne(x) { return x + 1; }
var u = 0;
for (var k = 0; k < 4000; k++) { u = addOne(u); }
console.log(u, addOne(undefined), addOne(null), addOne("1"), addOne(true));
function pick(o, useX) { return useX ? o.x : o.y; }
var p = 0;
var obj = { x: 1, y: 2 };
for (var m = 0; m < 3000; m++) { p += pick(obj, m % 2 === 0); }
console.log("pick", p, pick(obj), pick({ x: 5 }, false), pick({ y: null }, 0));
function orDefault(v) { return v === undefined ? -1 : v; }
var od = 0;
for (var n = 0; n < 3000; n++) { od += orDefault(n); }
console.log(od, orDefault(), orDefault(null), orDefault(0), orDefault(undefined));
