// Escape analysis with array literals: pairs and tuples read and written at constant indices
// and their length never allocated; a deopt materializes them (an array held by two variables and
// inside another array is one array), and the interpreter then grows one with push.
function pairs(a, k) {
  var p = [a, a + 1];
  var q = [p, { v: a }, "s"];
  var r = p;
  p[1] = p[0] * 2;
  var s = p[0] + k + q[1].v + p.length;
  if (typeof s === "string") {
    console.log(p, q, r === p, q[0] === r, q.length, Array.isArray(p));
    r.push(9);
    console.log(p, q[0].length);
  }
  return s + q[0][1] + r[1];
}
function swap(n) {
  var t = 0;
  for (var i = 0; i < n; i++) {
    var pr = [i, i + 0.5];
    var tmp = pr[0]; pr[0] = pr[1]; pr[1] = tmp;
    t += pr[0] - pr[1];
  }
  return t;
}
var total = 0;
for (var i = 0; i < 3000; i++) total += pairs(i, 1);
console.log(total, swap(3000));
console.log(pairs(5, "z"));
console.log(pairs(6, 0.5), swap(3));
