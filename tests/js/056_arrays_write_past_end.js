// Writing past the end extends length and leaves holes that read as undefined.
var a = [1, 2, 3];
a[5] = 6;
console.log(a, a.length, a[3], a[4]);
a[3] = 4;
console.log(a);
var b = [];
b[0] = "x";
b[2] = "z";
console.log(b, b.length, b[1]);
var c = [];
c[9] = 9;
console.log(c, c.length);
var d = [1];
d[d.length] = 2;
d[d.length] = 3;
console.log(d, d.length);
var e = [0];
e[3] = 3;
console.log(e.push(4), e);
var f = [];
f[1] = 1;
console.log(f.pop(), f.pop(), f.length, f);
var sparse = [];
sparse[2] = "two";
var s = 0;
for (var i = 0; i < sparse.length; i++) {
  if (sparse[i] === undefined) { s++; }
}
console.log("undefined slots", s);
var holes = [1, 2];
holes[6] = 7;
holes[4] = undefined;
console.log(holes);
var filled = [];
for (var k = 0; k < 20; k += 4) { filled[k] = k; }
console.log(filled, filled.length);
