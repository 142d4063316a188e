// node runs a file as a CommonJS module, a function: its top-level declarations are module-scope
// variables, so a script may declare its own `undefined`, `NaN` or `Infinity`, and they are
// ordinary variables there (before the declaration runs, `undefined` is the hoisted var's undefined).
console.log(typeof undefined, undefined === void 0);
var undefined = 5;
console.log(undefined, typeof undefined);
let NaN = 3;
var Infinity = -1;
function read() { return [undefined, NaN, Infinity]; }
for (var i = 0; i < 3000; i++) read();
console.log(read().join(), undefined + NaN + Infinity);
undefined = "changed";
console.log(read().join(), globalThis.undefined, isNaN(globalThis.NaN));
