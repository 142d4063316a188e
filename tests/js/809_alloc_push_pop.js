// Allocation in hot loops (object literals growing past their in-object slots, small and nested
// arrays, a list pushed and popped), push with several arguments, pop of empty and holey
// arrays, inline property additions and push meeting frozen objects and arrays.
function build(n, v) {
  var list = [];
  for (let j = 0; j < n; j++) {
    var o = { a: j, b: v };
    if (j & 1) o.c = j; else o.d = v;
    o.e = 1; o.f = 2; o.g = 3; o.h = 4; o.i = 5; o.k = 6; o.l = 7;
    list.push(o, [j, [v]]);
  }
  var last = list.pop(), first = list[0];
  return last[1][0] + first.a + first.l + first.b + list.length;
}
function pushpop(n) {
  var a = [], r = 0;
  for (let j = 0; j < n; j++) { r += a.push(j, j * 0.5); if (j % 3 === 2) r += a.pop(); }
  return r + ([].pop() === undefined ? 1 : 0) + a.length;
}
function add(o, v) { o.p = v; return o.p; }
function addS(o, v) { "use strict"; o.p = v; return o.p; }
function push(a, v) { return a.push(v); }
function pop(a) { return a.pop(); }
function drive() {
  var t = 0;
  for (let i = 0; i < 1100; i++) {
    t = (t + build(1 + i % 3, i) + pushpop(i % 9) + add({ a: 1 }, i) + addS({ a: 1 }, i) + push([1], i) + pop([i, 2])) | 0;
  }
  return t;
}
console.log(drive());
console.log(build(3, 0.5), build(2, "x"), pushpop(20), pushpop(0));
var fr = Object.freeze({ a: 1 }), fr2 = Object.freeze({ a: 1, p: 2 });
console.log(add(fr, 5), add(fr2, 6), JSON.stringify([fr, fr2]));
for (const o of [fr, fr2]) { try { console.log(addS(o, 8)); } catch (e) { console.log(e.name); } }
var fa = Object.freeze([1, 2]);
try { console.log(push(fa, 3)); } catch (e) { console.log(e.name, fa.length); }
var la = [1, 2, 3]; la.length = 0; console.log(push(la, 9), la.join());
var da = [0.5]; console.log(push(da, 1), push(da, "s"), push(da, {}), da.length);
var hole = [1, 2]; hole[4] = 5; console.log(pop(hole), pop(hole), hole.length, pop([]));
try { pop(Object.freeze([1])); } catch (e) { console.log(e.name); }
