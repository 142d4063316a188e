// Function.prototype's caller and arguments accessors throw (V8's %ThrowTypeError%) for
// strict, arrow, method, class, built-in and bound functions; a sloppy function has its
// own read-only caller and arguments (null while it is not running).
const kinds = [
  ['strict', function s() { 'use strict'; }],
  ['sloppy', function g() {}],
  ['arrow', () => 1],
  ['method', { m() {} }.m],
  ['class', class C {}],
  ['native', Math.max],
  ['bound', function b() {}.bind(null)],
  ['new Function strict', new Function("'use strict';")],
];
for (const [name, f] of kinds) {
  for (const key of ['caller', 'arguments']) {
    try {
      console.log(name, key, f[key], Object.prototype.hasOwnProperty.call(f, key), key in f);
    } catch (e) {
      console.log(name, key, e.name + ': ' + e.message);
    }
  }
}
const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
const a = Object.getOwnPropertyDescriptor(Function.prototype, 'arguments');
console.log(typeof d.get, d.get === d.set, d.get.name === '', d.enumerable, d.configurable, typeof a.set);
function sloppy() {}
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(sloppy, 'caller')),
            Object.getOwnPropertyNames(sloppy).sort().join());
sloppy.caller = 1;
console.log(sloppy.caller);
try {
  (function () { 'use strict'; sloppy.caller = 1; })();
} catch (e) {
  console.log(e.name);
}
try {
  (function () { 'use strict'; const s = function () { 'use strict'; }; s.caller = 1; })();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// hot loads of the same properties
let nulls = 0, thrown = 0;
function probe(f) { try { return f.caller; } catch (e) { thrown++; return 'thrown'; } }
for (let i = 0; i < 3000; i++) {
  if (probe(i % 2 ? sloppy : kinds[0][1]) === null) nulls++;
}
console.log(nulls, thrown);
