// Arrays over 100 elements print the first 100 and "... N more items".
var a = [];
for (var i = 0; i < 120; i++) { a.push(i); }
console.log(a);
var b = [];
for (var j = 0; j < 101; j++) { b.push(j % 10); }
console.log(b);
var c = [];
for (var k = 0; k < 100; k++) { c.push(k * 3); }
console.log(c);
var d = [];
for (var m = 0; m < 150; m++) { d.push(m * 0.5); }
console.log(d);
console.log("lengths", a.length, b.length, c.length, d.length);
