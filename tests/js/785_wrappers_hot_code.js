// Wrappers and this-boxing in hot (optimized, inlined, OSR) code: property loads on
// wrappers, sloppy functions whose receivers switch between objects and primitives.
function lengths(list) {
  var t = 0;
  for (var i = 0; i < list.length; i++) t += list[i].length + list[i][0].length;
  return t;
}
var words = [new String("abc"), new String("de"), "f", new String("ghij")];
var total = 0;
for (var r = 0; r < 400; r++) total += lengths(words);
console.log(total);
// sloppy methods on String/Number prototypes, called with primitives in a hot loop
String.prototype.twice = function () { return this + this; };
Number.prototype.plus = function (x) { return this + x; };
Number.prototype.isBoxed = function () { return typeof this === "object"; };
function hot(n) {
  var acc = 0, s = "", boxed = 0;
  for (var i = 0; i < n; i++) {
    s = "ab".twice();
    acc += (i).plus(1);
    if ((i).isBoxed()) boxed++;
  }
  return s + ":" + acc + ":" + boxed;
}
console.log(hot(1500), hot(10));
// one function, receivers that change kind: object, primitive, undefined
function who() { return this === globalThis ? "global" : typeof this === "object" ? (this.tag || this.valueOf()) : "?"; }
var recv = [{ tag: "obj" }, 1, "s", undefined, null, true];
var seen = {};
for (var j = 0; j < 1200; j++) {
  var v = who.call(recv[j % recv.length]);
  seen[v] = (seen[v] || 0) + 1;
}
console.log(seen);
// a method-call site that only ever saw objects, then a primitive receiver
function getTag() { return typeof this + ":" + this.tag; }
var o = { tag: "t", getTag: getTag };
var last = "";
for (var k = 0; k < 1000; k++) last = o.getTag();
Number.prototype.tag = "num";
Number.prototype.getTag = getTag;
console.log(last, (3).getTag(), getTag.call(4), getTag.call("x"));
// wrappers built, read and compared in a loop
function wrapSum(n) {
  var sum = 0, hits = 0;
  for (var i = 0; i < n; i++) {
    var w = new Number(i), s = new String("x" + i), b = new Boolean(i % 2);
    sum += w + s.length + (b.valueOf() ? 1 : 0);
    if (w == i && s == "x" + i && b) hits++;
    if (typeof w === "object" && w instanceof Number) hits++;
  }
  return sum + "/" + hits;
}
console.log(wrapSum(800), wrapSum(3));
// a String wrapper's own properties in hot code: keyed loads, in, writes ignored
function scan(w) {
  var out = 0;
  for (var i = 0; i < w.length + 1; i++) {
    if (i in w) out += w[i].charCodeAt(0);
    w[i] = "z";
  }
  return out + ":" + w[0];
}
var sw = new String("hello"), res = "";
for (var q = 0; q < 300; q++) res = scan(sw);
console.log(res, scan(new String("a")));
// subclasses constructed in hot code
class Meter extends Number { get cm() { return this * 100; } }
function meters(n) { var t = 0; for (var i = 0; i < n; i++) t += new Meter(i / 10).cm; return Math.round(t); }
console.log(meters(600), meters(2));
// user properties on wrappers: ordinary fields with inline caches
function tagAll(n) {
  var list = [];
  for (var i = 0; i < n; i++) { var w = new String("w"); w.id = i; w.kind = "s"; list.push(w); }
  var t = 0;
  for (var m = 0; m < list.length; m++) t += list[m].id + list[m].length;
  return t + list[n - 1].kind;
}
console.log(tagAll(700));
