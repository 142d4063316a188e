// ++/-- applied to object properties and array elements.
var o = { n: 1, s: "4" };
console.log(o.n++, o.n, ++o.n, o.n);
console.log(o.n--, --o.n, o.n);
o.s++;
console.log(o.s, typeof o.s);
o.missing++;
console.log(o.missing);
var key = "n";
o[key]++;
++o[key];
console.log(o[key], o["n"]);
var a = [1, 2, 3];
a[0]++;
++a[1];
a[2]--;
console.log(a);
var idx = 0;
a[idx++]++;
console.log(a, idx);
a[5]++;
console.log(a, a.length);
var grid = [[0, 0], [0, 0]];
for (var i = 0; i < 2; i++) {
  for (var j = 0; j < 2; j++) {
    grid[i][j]++;
    grid[i][j] += i * 2 + j;
  }
}
console.log(grid);
var h = { inner: { v: 10 } };
h.inner.v--;
var old = h.inner.v++;
console.log(old, h.inner.v);
var hist = [0, 0, 0, 0];
var data = [1, 3, 3, 0, 2, 3, 1];
for (var k = 0; k < data.length; k++) {
  hist[data[k]]++;
}
console.log(hist);
function P() { this.hits = 0; }
var p = new P();
p.hits++;
p.hits++;
console.log(p);
