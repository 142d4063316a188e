// A global constant folded into optimized callers is reassigned by a callee while
// callers one, two and three frames up are running: each continues with the right values.
var SCALE = 3;
var OFFSET = 100;
var calls = 0;

function bump(i) {
  calls++;
  if (i === 700) SCALE = 5;          // breaks every caller that folded SCALE
  if (i === 1400) OFFSET = -1;       // and later OFFSET
  return i & 7;
}
function level1(i) { var a = i * SCALE; var b = bump(i); return a + b * SCALE + OFFSET; }
function level2(i) { var x = SCALE + 1; var r = level1(i); return r + x + OFFSET; }
function level3(i) { var y = OFFSET; var r = level2(i); return r - y + SCALE; }

var s1 = 0, s2 = 0, s3 = 0;
for (var i = 0; i < 2000; i++) {
  s1 += level1(i);
  s2 += level2(i);
  s3 += level3(i);
}
console.log(s1, s2, s3, calls, SCALE, OFFSET);

// Reassigned while no activation is live: the next call must see the new value.
var LIMIT = 10;
function under(n) { return n < LIMIT ? "under" : "over"; }
var seen = [];
for (var j = 0; j < 3000; j++) {
  if (j === 2500) LIMIT = 1000;
  if (j % 500 === 0 || j === 2500) seen.push(under(20));
}
console.log(seen.join(","));

// A global deleted (a property of globalThis) by a callee.
globalThis.G = 7;
function readG() { return typeof G === "undefined" ? "gone" : G; }
function killer(i) { if (i === 900) delete globalThis.G; return i; }
function useG(i) { var before = readG(); killer(i); return before + ":" + readG(); }
var out = [];
for (var k = 0; k < 1000; k++) { var v = useG(k); if (k % 300 === 0 || k >= 899 && k <= 901) out.push(v); }
console.log(out.join(" "));
