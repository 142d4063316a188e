// A property's value kind changes (int -> double -> object) under hot code.
function Holder(v) { this.v = v; }
function readV(h) { return h.v; }
var hs = [];
for (var i = 0; i < 10; i++) { hs.push(new Holder(i)); }
var s = 0;
for (var j = 0; j < 4000; j++) { s += readV(hs[j % 10]); }
console.log("ints", s);
hs[3].v = 3.25;
for (var k = 0; k < 2000; k++) { s += readV(hs[k % 10]); }
console.log("one double", s);
hs[7].v = { inner: 1 };
var objs = 0;
for (var m = 0; m < 2000; m++) {
  var r = readV(hs[m % 10]);
  if (typeof r === "object") { objs++; } else { s += r; }
}
console.log("with object", s, objs);
hs[8].v = null;
hs[9].v = "nine";
var out = [];
for (var n = 0; n < 10; n++) { out.push(readV(hs[n])); }
console.log(out);
function bumpV(h) { h.v = h.v + 1; }
var cnt = new Holder(0);
for (var p = 0; p < 3000; p++) { bumpV(cnt); }
console.log(cnt);
cnt.v = 2147483646;
bumpV(cnt); bumpV(cnt); bumpV(cnt);
console.log(cnt);
cnt.v = "s";
bumpV(cnt);
console.log(cnt);
