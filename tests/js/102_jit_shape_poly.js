// A property-load site goes monomorphic -> polymorphic (2..4 shapes).
function getX(o) { return o.x; }
var a = { x: 1, y: 2 };
var sum = 0;
for (var i = 0; i < 4000; i++) { sum += getX(a); }
console.log("mono", sum);
var b = { y: 2, x: 3 };
for (var j = 0; j < 2000; j++) { sum += getX(j % 2 === 0 ? a : b); }
console.log("two shapes", sum);
var c = { x: 5 };
var d = { w: 0, z: 0, x: 7 };
var objs = [a, b, c, d];
for (var k = 0; k < 3000; k++) { sum += getX(objs[k % 4]); }
console.log("four shapes", sum);
function setX(o, v) { o.x = v; }
for (var m = 0; m < 2000; m++) { setX(objs[m % 4], m); }
console.log(a.x, b.x, c.x, d.x);
function Vec(x, y) { this.x = x; this.y = y; }
function len2(v) { return v.x * v.x + v.y * v.y; }
var vs = 0;
for (var n = 0; n < 3000; n++) { vs += len2(new Vec(n % 10, 1)); }
console.log("vec", vs);
for (var p = 0; p < 1500; p++) { vs += len2({ y: 1, x: p % 10 }); }
console.log("vec + literal", vs);
