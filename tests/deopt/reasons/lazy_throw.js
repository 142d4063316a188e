// expect-deopt: lazy (while unwinding)
// A callee, reached through a built-in (forEach: one call from the caller's code), reassigns a
// global the caller folded, then throws: the caller's handler must not run its stale code, so
// the deopt rethrows the exception in the interpreter at the call, where the handler catches it.
globalThis.STATE = 1;
var plan = [];
for (var v = 0; v < 300; v++) plan.push(v === 250 ? 2 : 1);
function step(i) {
  globalThis.STATE = plan[i];
  if (plan[i] === 2) throw new Error("stop");
}
function run(i) {
  try { [i].forEach(step); return "ok" + STATE; } catch (e) { return e.message + STATE; }
}
var out = [];
for (var i = 0; i < 300; i++) { var r = run(i); if (i >= 249 && i <= 251) out.push(r); }
console.log(out.join(","));
