// Arrays longer than six numbers are grouped into aligned columns.
var a = [];
for (var i = 0; i < 30; i++) { a.push(i); }
console.log(a);
var b = [];
for (var j = 0; j < 30; j++) { b.push(j * j * j); }
console.log(b);
var c = [];
for (var k = 0; k < 30; k++) { c.push(k % 2 === 0 ? k : -k * 1.5); }
console.log(c);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log([1, 2, 3, 4, 5, 6]);
console.log([100000, 200000, 300000, 400000, 500000, 600000, 700000]);
var d = [];
for (var m = 0; m < 8; m++) { d.push(m * 1000000); }
console.log(d);
var s = [];
for (var n = 0; n < 12; n++) { s.push("s" + n); }
console.log(s);
var mixedLen = [1, 22, 333, 4444, 55555, 666666, 7777777, 1, 22, 333];
console.log(mixedLen);
var neg = [];
for (var p = -10; p < 10; p++) { neg.push(p); }
console.log(neg);
var w = "";
for (var q = 0; q < 5; q++) {
  console.log([w + "aaaaaaaa", "bbbbbbbbbb", "cccc", "dddddd", "eeeeeeeeee", "ff"]);
  w = w + "zzz";
}
