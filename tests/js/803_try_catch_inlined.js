// try/catch/finally in optimized code across inlined frames: exceptions thrown two frames
// down (values and the engine's own TypeError) caught by an inlined callee or by the caller,
// rethrown from a catch, finally clauses of inlined callees, a finally overriding a return.
var fin = 0;
function thrower(p) { if (p % 397 === 13) throw p; if (p % 389 === 5) { var u; return u.x; } return p + 1; }
function mid(p) { try { return thrower(p) * 2; } finally { fin++; } }
function catches(p) {
  try { return mid(p); }
  catch (e) { if (typeof e === "number" && e % 2 === 0) throw e; return typeof e === "object" ? -2 : -1; }
}
function top(p) {
  var r = 0;
  try { r = catches(p) + 1; } catch (e) { r = e * 1000; } finally { fin += 10; }
  return r;
}
function retover(x) { try { if (x > 5) throw x; return x; } finally { if (x === 7) return -7; } }
function over(i) { try { return retover(i); } catch (e) { return "e" + e; } }
function drive() {
  var t = 0;
  for (let i = 0; i < 1200; i++) t = (t + top(i) + String(over(i % 9)).length) | 0;
  return t;
}
console.log(drive(), fin);
console.log(top(13), top(410), top(5), top(0.5), top("s"), fin);
console.log([0, 1, 5, 6, 7, 8, 0.5, "9"].map(over).join());
