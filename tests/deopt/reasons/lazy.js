// expect-deopt: lazy
// run() folds the constant global LIMIT; setLimit (inlined into run() or not) reassigns it
// through globalThis, a store the runtime does: run() is marked while it is on the stack and
// deopts lazily when that call returns, continuing after it with the new value.
globalThis.LIMIT = 3;
var values = [];
for (var v = 0; v < 300; v++) values.push(v === 250 ? 30 : 3);
function setLimit(i) { globalThis.LIMIT = values[i]; return i; }
function run(i) { var before = LIMIT; setLimit(i); return before * 100 + LIMIT; }
var out = [];
for (var i = 0; i < 300; i++) { var r = run(i); if (i >= 249 && i <= 251) out.push(r); }
console.log(out.join(","));
