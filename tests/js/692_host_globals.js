// globalThis, process.env, process.exitCode and other host globals (types only for host values).
console.log(typeof globalThis, typeof process.env, process.env === process.env, typeof process.env.PATH);
console.log(globalThis === globalThis.globalThis, typeof globalThis.console, globalThis.console === console);
console.log(globalThis.process === process, typeof globalThis.require);
// Top-level let/const/var in a CommonJS module are not properties of globalThis.
var topVar = 1;
let topLet = 2;
const topConst = 3;
console.log(globalThis.topVar, globalThis.topLet, globalThis.topConst, typeof topVar, 'topVar' in globalThis);
// Properties set on globalThis are visible through globalThis.
globalThis.viaProperty = { n: 1 };
globalThis.viaProperty.n++;
console.log(globalThis.viaProperty, 'viaProperty' in globalThis);
// Built-ins reached through globalThis.
console.log(typeof globalThis.Math.max, globalThis.JSON.stringify([1]), typeof globalThis.Array, globalThis.undefined, globalThis.NaN, globalThis.Infinity);
console.log(globalThis.Math === Math, globalThis.JSON === JSON, globalThis.Array === Array, globalThis.parseInt === parseInt);
console.log(globalThis.Math.max(1, 5, 3), new globalThis.Map([[1, 2]]).get(1), globalThis.String(12) + globalThis.Number('3'));
// process.env: missing keys read as undefined; values are strings when present.
console.log(process.env.THIS_VARIABLE_IS_NOT_SET_H8, typeof process.env.HOME === 'string' || process.env.HOME === undefined);
// process.exitCode starts undefined; setting it to 0 keeps a clean exit.
console.log(process.exitCode);
process.exitCode = 0;
console.log(process.exitCode);
console.log(typeof process, typeof process.argv, typeof process.platform, typeof process.exit, typeof process.version);
// `this` at the top level of a CommonJS module is module.exports, not globalThis.
console.log(this === module.exports, this === globalThis, typeof this);
// Sloppy functions called without a receiver see globalThis as `this`.
function sloppyThis() { return this; }
function strictThis() { 'use strict'; return this; }
console.log(sloppyThis() === globalThis, strictThis());
