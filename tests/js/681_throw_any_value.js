// Any value can be thrown and caught as-is.
const values = [42, 'a string', null, undefined, true, 0, NaN, -0, [1, 2], { code: 7 }, function named() {}, 1.5];
for (const v of values) {
  try {
    throw v;
  } catch (caught) {
    console.log(typeof caught, caught === v || (caught !== caught && v !== v), Array.isArray(caught) ? 'array' : typeof caught === 'function' ? 'fn ' + caught.name : String(caught));
  }
}
// Objects thrown keep identity.
const token = { id: 'tok' };
try { throw token; } catch (e) { console.log(e === token, e.id); }
// Class instances that are not Errors.
class Signal { constructor(kind) { this.kind = kind; } }
function step(n) { if (n === 3) throw new Signal('stop at ' + n); return n; }
try { for (let i = 0; i < 10; i++) step(i); } catch (e) { console.log(e instanceof Signal, e instanceof Error, e.kind, e); }
// Throwing from nested functions, catching by type of value.
function classify(v) {
  try { throw v; } catch (e) {
    if (typeof e === 'number') return 'number ' + e;
    if (typeof e === 'string') return 'string ' + e;
    if (e === null) return 'null';
    if (e instanceof Error) return 'error ' + e.message;
    if (Array.isArray(e)) return 'array of ' + e.length;
    return 'other ' + typeof e;
  }
}
console.log([1, 'x', null, Error('m'), [1, 2, 3], {}, undefined].map(classify));
// Rethrowing a primitive through finally.
const order = [];
function inner() { try { throw 'primitive'; } finally { order.push('inner finally'); } }
function outer() { try { inner(); } catch (e) { order.push('outer caught ' + e); throw e + '!'; } }
try { outer(); } catch (e) { order.push('top caught ' + e); }
console.log(order);
// Throwing functions and calling them after catching.
try { throw () => 'called after catch'; } catch (f) { console.log(f()); }
// Throw expressions in conditional positions.
function need(x) { return x ?? (() => { throw 'missing'; })(); }
try { need(null); } catch (e) { console.log('caught', e); }
console.log(need(0));
// Throw inside a loop with continue semantics and primitive values.
let sum = 0, thrown = 0;
for (let i = 0; i < 3000; i++) {
  try {
    if (i % 5 === 0) throw i;
    if (i % 7 === 0) throw String(i);
    sum += 1;
  } catch (e) {
    thrown += typeof e === 'number' ? e : -Number(e);
  }
}
console.log(sum, thrown);
// Nested catch scoping: the catch parameter shadows an outer binding.
let e = 'outer';
try { throw 'inner'; } catch (e) { console.log(e); }
console.log(e);
