// The arguments object: length, indexing, fewer/more arguments than parameters.
function show(a, b) {
  return [arguments.length, arguments[0], arguments[1], arguments[2], a, b, typeof arguments];
}
console.log(show());
console.log(show(1));
console.log(show(1, 2, 3, 4));
console.log(show(undefined, undefined));
function describe() {
  const parts = [];
  for (let i = 0; i < arguments.length; i++) parts.push(typeof arguments[i] + ':' + String(arguments[i]));
  return parts.join(' ');
}
console.log(describe(1, 'two', null, undefined, [3], { f: 4 }, true));
// arguments is array-like but not an array.
function kind() { return [Array.isArray(arguments), arguments instanceof Object, typeof arguments.length, typeof arguments.push, Object.keys(arguments)]; }
console.log(kind('x', 'y'));
// Out-of-range and non-index reads.
function reads() { return [arguments[-1], arguments[5], arguments['0'], arguments.length]; }
console.log(reads('first'));
// Writing arguments[i] beyond length does not change length.
function grow() { arguments[3] = 'late'; return [arguments.length, arguments[3]]; }
console.log(grow(1));
// Default parameters and rest do not change arguments.length.
function withDefaults(a, b = 5, ...rest) { return [arguments.length, a, b, rest, arguments[1]]; }
console.log(withDefaults(1), withDefaults(1, undefined, 3, 4));
// Methods, constructors and function expressions have arguments too.
class K {
  constructor() { this.n = arguments.length; }
  m() { return arguments.length + ':' + arguments[arguments.length - 1]; }
  static s() { return arguments[0] * 2; }
}
console.log(new K(1, 2, 3).n, new K().m('a', 'b'), K.s(21));
const obj = { method() { return arguments.length; }, fexpr: function () { return arguments[1]; } };
console.log(obj.method(1, 2, 3), obj.fexpr('a', 'b'));
// Variadic helpers built on arguments.
function max() {
  let m = -Infinity;
  for (let i = 0; i < arguments.length; i++) if (arguments[i] > m) m = arguments[i];
  return m;
}
function concatAll(sep) {
  let s = '';
  for (let i = 1; i < arguments.length; i++) s += (i > 1 ? sep : '') + arguments[i];
  return s;
}
console.log(max(), max(3, 9, 2), max(-1), concatAll('-', 'a', 'b', 'c'), concatAll(','));
// Calling through call/apply sets arguments.
function args() { return Array.prototype.join.call(arguments, '+'); }
console.log(args.call(null, 1, 2), args.apply(null, [3, 4, 5]), args.apply(null, []));
// Strict functions: arguments is not linked to parameters.
function strictLink(a) { 'use strict'; a = 'changed'; arguments[0] = 'arg changed'; return [a, arguments[0]]; }
console.log(strictLink('orig'));
// Printing arguments.
function printed() { console.log(arguments); }
printed(1, 'two');
printed();
