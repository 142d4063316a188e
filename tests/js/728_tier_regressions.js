// Regressions found by hunting with tier-stressing programs: each case makes a function hot,
// then breaks what its optimized code assumed.
function callIt(f) { return f(5); }
const notCallable = [];
notCallable.length = 3;
let thrown = 0;
for (let i = 0; i < 3000; i++) { try { callIt(notCallable); } catch (e) { thrown++; } }
try { callIt(notCallable); } catch (e) { console.log("call:", thrown, e.name + ": " + e.message); }
console.log("call ok:", callIt((x) => x * 2));

function probe() { return typeof laterGlobal; }
for (let i = 0; i < 2000; i++) probe();
globalThis.laterGlobal = 1;
console.log("typeof:", probe());

globalThis.g = 1;
function readG() { return g; }
function writeG(v) { g = v; return g; }
for (let i = 0; i < 2000; i++) { readG(); writeG(1); }
delete globalThis.g;
try { console.log(readG()); } catch (e) { console.log("deleted:", e.name + ": " + e.message); }
globalThis.g = 2;
console.log("recreated:", readG(), writeG(9), readG(), globalThis.g);

function put(o, k, v) { "use strict"; o[k] = v; return o; }
for (let i = 0; i < 2000; i++) put({}, "k", i);
for (const [o, k] of [[Object.freeze({ a: 1 }), "a"], [Object.freeze([1, 2]), 0], [Object.freeze([1, 2]), 5],
                      [Object.freeze({}), "z"]]) {
  try { put(o, k, 2); console.log("no throw"); } catch (e) { console.log("strict:", e.message); }
}

class Base {}
class Returns extends Base { constructor(v) { super(); return v; } }
for (const v of [undefined, { own: 1 }, 5, "s", null]) {
  try { console.log("derived:", new Returns(v)); } catch (e) { console.log("derived:", e.name + ": " + e.message); }
}

function P() {}
function make(v) { const o = new P(); o.x = v; return o; }
for (let i = 0; i < 3000; i++) make(i);
Object.defineProperty(P.prototype, "x", { set(v) { console.log("setter saw", v); }, configurable: true });
const made = make(7);
console.log("transition:", Object.keys(made), made.x);

{
NaN = 1; Infinity = 2; undefined = 3;
console.log(NaN, Infinity, undefined, typeof undefined);
function roF() { "use strict"; try { undefined = 1; } catch (e) { console.log(e.name + ": " + e.message); } try { NaN = 2; } catch (e) { console.log(e.message); } }
roF();
function roG(i) { NaN = i; return NaN; } let r; for (let i = 0; i < 3000; i++) r = roG(i); console.log(r);
}
