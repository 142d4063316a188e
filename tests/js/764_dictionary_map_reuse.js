// Dictionaries made and dropped by the thousand while some are kept: the kept ones keep
// their keys, values and order while the dead ones' maps are reused by new dictionaries.
function dict(tag, n) {
  var o = {};
  for (var k = 0; k < n; k++) o[tag + k] = k * 2;
  delete o[tag + 1];
  return o;
}
var kept = [];
for (var round = 0; round < 30; round++) {
  for (var i = 0; i < 60; i++) {
    var d = dict("r" + round + "_", 20 + (i % 7));
    d.extra = i;
    if (i === 13) kept.push(d);
  }
}
var total = 0;
for (var j = 0; j < kept.length; j++) {
  var keys = Object.keys(kept[j]);
  total += keys.length + kept[j].extra;
  if (j % 10 === 0) console.log(keys.slice(0, 3).join(","), keys[keys.length - 1], kept[j]["r" + j + "_5"]);
}
console.log(total);

// A function and a prototype in dictionary mode, and an object that loses its dictionary map
// to a frozen or re-prototyped state, survive while dictionaries around them come and go.
function F() {}
for (var p = 0; p < 30; p++) F["s" + p] = p;
delete F.s2;
function Proto() {}
for (p = 0; p < 30; p++) Proto.prototype["m" + p] = (function (v) { return function () { return v; }; })(p);
delete Proto.prototype.m0;
var inst = new Proto();
var frozen = dict("f", 25);
Object.freeze(frozen);
var moved = dict("m", 25);
Object.setPrototypeOf(moved, { hello: function () { return "hi"; } });
var sum = 0;
for (round = 0; round < 200; round++) {
  var tmp = dict("t", 20 + (round % 5));
  sum += F.s3 + inst.m5() + frozen.f4 + tmp.t2 + Object.keys(tmp).length;
}
console.log(sum, Object.keys(F).length, "m0" in Proto.prototype, inst.m29(), moved.hello(), moved.m24);
console.log(Object.isFrozen(frozen), JSON.stringify(frozen).length, Object.keys(moved).slice(-2).join());
