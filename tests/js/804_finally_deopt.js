// Guards failing inside finally clauses of optimized code while an exception, a return or a
// break/continue is pending, and nested try/catch/finally rethrowing through a finally.
function brk(n, y) {
  var r = 0;
  for (let j = 0; j < n; j++) {
    try { if (j === 3) break; if (j === 1) continue; r += j; } finally { r = r + y; }
  }
  return r;
}
var n = 0;
function g(x) { if (x === 7) throw "seven"; return x; }
function f(x, y) {
  try { if (x === 3) return "ret" + x; g(x); if (x === 5) throw x * 10; }
  finally { n = (n + y) | 0; }
  return x;
}
function nested(x) {
  var log = "";
  try {
    try { log += "a"; if (x) throw "in"; log += "b"; }
    catch (e) { log += "c"; throw e + "2"; }
    finally { log += "d"; }
  } catch (e) { log += e; }
  finally { log += "f"; }
  return log;
}
function drive() {
  var t = 0, s = "";
  for (let i = 0; i < 1200; i++) {
    t = (t + brk(i % 6, 1)) | 0;
    try { f(i % 10 === 7 ? 6 : i % 10 === 5 ? 4 : i % 10 === 3 ? 2 : i, 1); } catch (e) { n--; }
    s = nested(i & 1);
  }
  return t + " " + n + " " + s;
}
console.log(drive());
console.log(brk(5, 1), brk(2, 0.5), brk(0.5, 1), brk("4", 1), brk(6, "s"), brk(6, -0));
function calls() {
  var res = [];
  function one(x, y) { try { res.push(f(x, y)); } catch (e) { res.push("E:" + e); } }
  one(1, 1); one(1, 0.5); one(3, 0.5); one(3, "s"); one(5, 1); one(5, 0.5); one(7, "s"); one(7, 1);
  return res.join() + " " + n;
}
console.log(calls());
console.log(nested(0), nested(1), nested(0.5), nested(""));
