// Hot push/pop and index writes that grow arrays past their capacity.
function build(n) {
  var a = [];
  for (var i = 0; i < n; i++) { a.push(i * 2); }
  return a;
}
var total = 0;
for (var r = 0; r < 20; r++) { total += build(200).length; }
console.log("built", total);
var big = build(3000);
console.log(big.length, big[0], big[2999], big[3000]);
function grow(a, n) {
  for (var i = 0; i < n; i++) { a[a.length] = i; }
  return a;
}
var g = grow([], 2000);
console.log(g.length, g[1999]);
var popped = 0;
while (g.length > 1000) { popped += g.pop(); }
console.log(popped, g.length, g[999], g[1000]);
function sparseWrite(a, i, v) { a[i] = v; }
var sp = [];
for (var k = 0; k < 100; k++) { sparseWrite(sp, k, k); }
sparseWrite(sp, 150, "far");
console.log(sp.length, sp[120], sp[150]);
function stackMachine(n) {
  var st = [];
  for (var i = 0; i < n; i++) {
    st.push(i);
    if (i % 3 === 2) { st.push(st.pop() + st.pop()); }
  }
  var s = 0;
  while (st.length > 0) { s += st.pop(); }
  return s;
}
console.log(stackMachine(3000), stackMachine(1));
