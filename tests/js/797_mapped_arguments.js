// The arguments object of a sloppy function with simple parameters maps its indexes to the
// parameters (both ways) while they were passed; delete and defineProperty end or keep the
// mapping as the specification says; strict functions, default or rest parameters get an
// unmapped object; callee is the function (in strict code a TypeError); keys, JSON and
// console.log see mapped indexes; hot functions and closures over such parameters.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
function writeParams(a, b, c) {
  a = 1; b = 'str'; c = 2.1;
  return [arguments[0], arguments[1], arguments[2], arguments.length].join();
}
console.log(writeParams(10, 'sss', 1), writeParams(10), writeParams());
function writeArguments(a, b) { arguments[0] = 'changed'; arguments[1] = 'past'; return [a, b, arguments.length].join(); }
console.log(writeArguments('orig'), writeArguments('x', 'y'), writeArguments());
function deleted(a) { delete arguments[0]; arguments[0] = 'after'; a = 'param'; return [a, arguments[0]].join(); }
console.log(deleted('orig'));
function strict(a) { 'use strict'; a = 2; arguments[0] = 3; return [a, arguments[0]].join(); }
console.log(strict(1));
function withDefault(a = 0) { a = 2; return arguments[0]; }
function withRest(a, ...r) { a = 2; return arguments[0]; }
function withPattern({ x }, b) { b = 2; return arguments[1]; }
console.log(withDefault(1), withRest(1), withPattern({ x: 1 }, 1));
function repeated(a, a) { a = 5; return [arguments[0], arguments[1]].join(); }
console.log(repeated(1, 2));
function closure(a) { return () => { a = 3; return arguments[0]; }; }
console.log(closure(1)());
function inArrow(a) { const f = () => { arguments[0] = 'from arrow'; }; f(); return a; }
console.log(inArrow('start'));

function callee() { return arguments.callee === callee; }
console.log(callee(), (function () { return typeof arguments.callee; })());
attempt('strict callee', function () { 'use strict'; return arguments.callee; });
attempt('strict callee write', function () { 'use strict'; arguments.callee = 1; });
const calleeDesc = Object.getOwnPropertyDescriptor((function () { return arguments; })(), 'callee');
console.log(typeof calleeDesc.value, calleeDesc.writable, calleeDesc.enumerable, calleeDesc.configurable);

function reflect(a, b) {
  b = 'B';
  return [Object.keys(arguments).join(), JSON.stringify(arguments), Object.getOwnPropertyNames(arguments).join(),
          0 in arguments, 3 in arguments, arguments.hasOwnProperty(1),
          JSON.stringify(Object.getOwnPropertyDescriptor(arguments, '1'))].join(' | ');
}
console.log(reflect(1, 2, 3));
function shown(a, b) { b = 9; console.log(arguments); }
shown(1, 2, 3);
function forIn(a, b) { a = 'A'; const out = []; for (const k in arguments) out.push(k + '=' + arguments[k]); return out.join(); }
console.log(forIn(1, 2, 3));

function defineValue(a) {
  Object.defineProperty(arguments, '0', { value: 5 });
  const seen = a;
  a = 6;
  return [seen, arguments[0]].join();
}
function defineReadOnly(a) {
  Object.defineProperty(arguments, '0', { writable: false });
  a = 7;
  return [a, arguments[0], JSON.stringify(Object.getOwnPropertyDescriptor(arguments, '0'))].join(' ');
}
function defineAccessor(a) {
  Object.defineProperty(arguments, '0', { get() { return 'getter'; } });
  a = 8;
  return [a, arguments[0]].join();
}
function defineEnumerable(a) {
  Object.defineProperty(arguments, '0', { enumerable: true, value: 'v' });
  a = 'param';
  return [a, arguments[0]].join();
}
console.log(defineValue(1), '|', defineReadOnly(1), '|', defineAccessor(1), '|', defineEnumerable(1));

function slice(a) { a = 'x'; return Array.prototype.slice.call(arguments).join(); }
function spread(a) { a = 10; return [...arguments].join() + ' ' + Math.max.apply(null, arguments); }
function forward(a, b) { b = 'changed'; return slice.apply(null, arguments); }
console.log(slice(1, 2), spread(1, 2), forward(1, 2, 3));
function escape(a) { return arguments; }
const escaped = escape(1, 2);
escaped[0] = 'later';
console.log(escaped[0], escaped.length, Array.from(escaped).join());

// hot code
function hot(a, b) { a = a + 1; return arguments[0] + b; }
let s = 0;
for (let i = 0; i < 5000; i++) s += hot(i, 1);
function hotWrite(a) { arguments[0] = a * 2; return a; }
for (let i = 0; i < 5000; i++) s += hotWrite(i);
function count() { let n = 0; for (let i = 0; i < arguments.length; i++) n += arguments[i]; return n; }
for (let i = 0; i < 3000; i++) s += count(i, 1, 2);
console.log(s);
