// Constant objects (globals never reassigned) are read without a map check while their maps are
// stable; a callee that makes an object leave such a map (a new property, a delete, a new
// prototype, an elements-kind change) deoptimizes the callers that relied on it, lazily if
// they are on the stack.
var CONFIG = { scale: 3, bias: 1 };
var TABLE = [1, 2, 3, 4];
var PLAN = [];
for (var p = 0; p < 3000; p++) PLAN.push(p === 1000 ? "add" : p === 1800 ? "delete" : p === 2300 ? "double" : "none");
var ops = {
  none: function () {},
  add: function () { CONFIG.extra = 10; },
  delete: function () { delete CONFIG.bias; },
  double: function () { TABLE.push(0.5); }
};
function step(i) { ops[PLAN[i]](); return i & 1; }
function read(i) {
  var before = CONFIG.scale + TABLE[i & 3];
  var k = step(i);
  var bias = CONFIG.bias === undefined ? -1 : CONFIG.bias;
  var extra = CONFIG.extra === undefined ? 0 : CONFIG.extra;
  return before * 100 + k + bias + extra + TABLE[(i + 1) & 3] + TABLE.length;
}
function outer(i) { return read(i) + CONFIG.scale; }
var sum = 0, marks = [];
for (var i = 0; i < 3000; i++) {
  var v = outer(i);
  sum += v;
  if (i === 999 || i === 1000 || i === 1001 || i === 1800 || i === 2300 || i === 2999) marks.push(v);
}
console.log(sum, marks.join(","));

// An object given a new prototype by a callee, read as a constant by its caller: the method
// found on its prototype is a constant while its map (which holds the prototype) is stable.
var base = { kind: function () { return "plain"; } };
var THING = Object.create(base);
var fancy = { kind: function () { return "fancy"; } };
var swaps = [];
for (var q = 0; q < 1500; q++) swaps.push(q === 700 ? fancy : null);
function maybeSwap(q) { if (swaps[q] !== null) Object.setPrototypeOf(THING, swaps[q]); return 1; }
function describe(q) { var a = THING.kind(); maybeSwap(q); return a + "/" + THING.kind() + "/" + (THING.own === undefined); }
var seen = [];
for (var q = 0; q < 1500; q++) { var d = describe(q); if (q === 699 || q === 700 || q === 1499) seen.push(d); }
console.log(seen.join(" "));
