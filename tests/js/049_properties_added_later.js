// Adding properties after creation causes map transitions; order is preserved.
var o = {};
o.first = 1;
o.second = 2;
o.third = 3;
console.log(o);
var a = { x: 1 };
var b = { x: 1 };
a.y = 2;
b.z = 3;
console.log(a, b, a.z, b.y);
function Thing(n) { this.n = n; }
var t1 = new Thing(1);
var t2 = new Thing(2);
t1.extra = "added";
console.log(t1, t2);
t2.other = true;
t2.extra = "later";
console.log(t2);
var grow = {};
var names = ["p0", "p1", "p2", "p3", "p4", "p5"];
for (var i = 0; i < names.length; i++) {
  grow[names[i]] = i;
  if (i % 2 === 1) { console.log(grow); }
}
function sumXY(obj) { return obj.x + obj.y; }
var s1 = { x: 1, y: 2 };
var s2 = { y: 2, x: 1 };
var s3 = { x: 1 };
s3.y = 2;
console.log(sumXY(s1), sumXY(s2), sumXY(s3));
s1.x = "str";
console.log(sumXY(s1), s1);
var overwrite = { v: 1 };
overwrite.v = { nested: true };
overwrite.v.nested = [1];
console.log(overwrite);
