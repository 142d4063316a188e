// Global properties through reflection: descriptors, keys, defineProperty, read-only and
// non-configurable globals, also while hot code stores into them.
console.log(Object.getOwnPropertyDescriptor(globalThis, "NaN"));
console.log(Object.getOwnPropertyDescriptor(globalThis, "Math").enumerable,
            Object.getOwnPropertyDescriptor(globalThis, "Math").writable,
            Object.getOwnPropertyDescriptor(globalThis, "Math").configurable);
console.log(delete globalThis.undefined, delete globalThis.NaN, typeof NaN);
globalThis.counter = 0;
function bump() { counter = counter + 1; }
for (let i = 0; i < 3000; i++) bump();
console.log(counter, Object.getOwnPropertyDescriptor(globalThis, "counter"));
Object.defineProperty(globalThis, "counter", { writable: false });
for (let i = 0; i < 3000; i++) bump();
console.log(counter, Object.getOwnPropertyDescriptor(globalThis, "counter"));
function strictBump() { "use strict"; counter = 1; }
try { strictBump(); } catch (e) { console.log(e.constructor.name, e.message); }
Object.defineProperty(globalThis, "counter", { writable: true });
for (let i = 0; i < 10; i++) bump();
console.log(counter);
Object.defineProperty(globalThis, "fixed", { value: "f", enumerable: false });
console.log(Object.getOwnPropertyDescriptor(globalThis, "fixed"));
console.log(delete globalThis.fixed, globalThis.fixed);
try { Object.defineProperty(globalThis, "fixed", { value: "g" }); } catch (e) { console.log(e.message); }
(function () { "use strict"; try { delete globalThis.fixed; } catch (e) { console.log(e.message); } })();
globalThis.visible = 1;
Object.defineProperty(globalThis, "hidden", { value: 2, writable: true, enumerable: false, configurable: true });
const mine = ["counter", "fixed", "visible", "hidden"];
console.log(Object.keys(globalThis).filter(k => mine.includes(k)));
console.log(Object.getOwnPropertyNames(globalThis).filter(k => mine.includes(k)));
const seen = [];
for (const k in globalThis) if (mine.includes(k)) seen.push(k);
console.log(seen, globalThis.hasOwnProperty("hidden"), Object.hasOwn(globalThis, "visible"));
console.log(Object.entries(globalThis).filter(([k]) => mine.includes(k)));
