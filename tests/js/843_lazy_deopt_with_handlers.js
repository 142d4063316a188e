// A callee breaks a dependency and then throws: the caller's catch block must not run stale
// code (the deopt rethrows in the interpreter), and a finally after a lazy deopt sees the new value.
var MODE = 1;
function risky(i) {
  if (i === 600) { MODE = 2; throw new Error("boom " + i); }
  if (i === 1200) { MODE = 3; }
  return i;
}
function guarded(i) {
  var m = MODE;
  var log = "";
  try {
    risky(i);
    log = "ok" + MODE;
  } catch (e) {
    log = "caught:" + e.message + ":" + MODE + ":" + m;
  } finally {
    log += "/" + MODE;
  }
  return log;
}
var out = [];
for (var i = 0; i < 1500; i++) {
  var r = guarded(i);
  if (i === 599 || i === 600 || i === 601 || i === 1199 || i === 1200 || i === 1499) out.push(r);
}
console.log(out.join(" "));

// The throw passes through an inlined helper before it is caught.
var LEVEL = 10;
function thrower(i) { if (i === 900) { LEVEL = 20; throw i; } return 1; }
function helper(i) { return thrower(i) + LEVEL; }
function top(i) {
  try { return helper(i) + LEVEL; } catch (x) { return "c" + x + "-" + LEVEL; }
}
var res = [];
for (var j = 0; j < 1200; j++) { var v = top(j); if (j === 899 || j === 900 || j === 901) res.push(v); }
console.log(res.join(" "));
