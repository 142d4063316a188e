// A hot call site whose callee stops being a function after 10000 calls.
var ops = { step: function (v) { return v + 1; } };
function run(v) { return ops.step(v); }
var acc = 0;
for (var i = 0; i < 10000; i++) { acc = run(acc); }
console.log("acc", acc);
ops.step = "not callable";
run(acc);
