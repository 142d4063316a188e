// && and || short-circuit and return one of their operands.
console.log(1 && 2, 0 && 2, 1 || 2, 0 || 2, "" || "d", "v" || "d");
console.log(null || undefined, undefined && 1, NaN || 0, 0 || NaN);
console.log(true && "yes", false || "no", null && null.x, {} || 1);
var calls = 0;
function t() { calls++; return true; }
function f() { calls++; return false; }
console.log(t() || f(), calls);
console.log(f() && t(), calls);
console.log(t() && f(), calls);
console.log(f() || t(), calls);
console.log(t() && t() && f() && t(), calls);
var o = null;
console.log(o && o.x, o || "fallback");
o = { x: 42 };
console.log(o && o.x, o || "fallback");
function pick(a, b) { return a || b || "none"; }
console.log(pick(0, ""), pick(0, 7), pick("a", 7));
var config = { size: 0 };
var size = config.size || 10;
var named = config.name || "anon";
console.log(size, named);
console.log(!1 && 2, !(1 && 0), !0 || 0);
var x = 5;
var y = x > 3 && x < 10 && "in range";
var z = x > 6 || x < 0 || "not outside";
console.log(y, z);
var safe = [];
for (var i = 0; i < 6; i++) {
  safe.push((i % 2 === 0 && i) || -1);
}
console.log(safe);
