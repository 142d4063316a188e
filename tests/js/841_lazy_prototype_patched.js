// A callee adds a method to a prototype an optimized caller relied on (its validity cell is a
// dependency, not a guard): the caller continues after the call with the new method.
class Shape {
  constructor(w) { this.w = w; }
  area() { return this.w * this.w; }
}
class Square extends Shape {}
// The stores go through sites that have seen many shapes (megamorphic: the runtime does them),
// warmed up before the loop, so the optimized callers are still running when they happen.
function setArea(target, fn) { target.area = fn; }
function setExtra(target, fn) { target.extra = fn; }
var shapes = [{}, { a: 1 }, { b: 1 }, { c: 1 }, { d: 1 }, { e: 1 }, { f: 1 }];
for (var w = 0; w < 50; w++) {
  setArea(shapes[w % 7], null);
  setExtra(shapes[w % 7], null);
}
// Which object each iteration patches: plain objects, except once a prototype (no branch the
// optimized code has not seen).
var areaTargets = [], extraTargets = [];
for (var t = 0; t < 2000; t++) { areaTargets.push(shapes[t % 7]); extraTargets.push(shapes[(t + 3) % 7]); }
areaTargets[800] = Square.prototype;
extraTargets[1600] = Shape.prototype;
function negArea() { return -this.w; }
function thousand() { return 1000; }
function patch(i) {
  setArea(areaTargets[i], negArea);
  setExtra(extraTargets[i], thousand);
  return i % 3;
}
function extra(s) { return s.extra === undefined ? 0 : s.extra(); }
function measure(s, i) {
  var before = s.area();
  var k = patch(i);
  return before + s.area() + k + extra(s);
}
function outer(s, i) { var m = measure(s, i); return m + s.area(); }
function outer2(s, i) { return outer(s, i) + 1; }
var sq = new Square(4);
var total = 0;
var marks = [];
for (var i = 0; i < 2000; i++) {
  var t = outer2(sq, i);
  total += t;
  if (i === 799 || i === 800 || i === 801 || i === 1599 || i === 1600 || i === 1999) marks.push(i + "=" + t);
}
console.log(total, marks.join(" "));

// A prototype patched through Object.setPrototypeOf from a callee.
var A = { who() { return "A"; } };
var B = { who() { return "B"; } };
var obj = Object.create(A);
var other = Object.create(A);
var swapTargets = [];
for (var u = 0; u < 1000; u++) swapTargets.push(u === 500 ? obj : other);
function swap(i) { Object.setPrototypeOf(swapTargets[i], B); return 0; }
function ask(i) { var a = obj.who(); swap(i); return a + obj.who(); }
var res = [];
for (var j = 0; j < 1000; j++) { var r = ask(j); if (j % 250 === 0 || j === 499 || j === 500 || j === 501) res.push(r); }
console.log(res.join(","));
