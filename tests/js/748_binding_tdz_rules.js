// Bindings in their TDZ: parameters read by earlier defaults, let/const in switch cases skipped
// by a jump, a named function expression's own name (read-only), class names, super in defaults.
function show(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.message); } }
show('nfe assign sloppy', () => { var f = function g() { g = 1; return typeof g; }; return f(); });
show('nfe assign strict', () => { 'use strict'; var f = function g() { g = 1; return typeof g; }; return f(); });
show('nfe shadow var', () => { var f = function g() { var g = 2; return g; }; return f(); });
show('nfe shadow param', () => { var f = function g(g) { return g; }; return f(3); });
show('class inner const', () => { class C { static m() { C = 1; } } C.m(); });
show('class outer mutable', () => { class C {} C = 2; return C; });
show('class heritage tdz', () => { class C extends (function () { return C; })() {} });
show('class expr name scope', () => { var K = class Inner { static who() { return Inner.name; } }; return [K.who(), typeof Inner]; });
show('static param default class', () => { class C { static m(a = C) { return a === C; } } return C.m(); });
show('static param default this', () => { class C { static m(a = this.name) { return a; } } return C.m(); });
show('static field this', () => { class C { static f = this.name; static g = () => this.f; } return C.g(); });
show('method param default super', () => { class A { v() { return 'A'; } } class B extends A { m(x = super.v()) { return x; } } return new B().m(); });
show('computed key scope', () => { var k = 'outer'; class C { [k] = 1; static [k + 's']() { return 2; } } return [Object.keys(new C()), C.outers()]; });
show('let closure loop', () => { var fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); } return fs.map(f => f()).join(); });
show('let closure update', () => { var fs = []; for (let i = 0; i < 3; fs.push(() => i), i++); return fs.map(f => f()).join(); });
show('catch param scope', () => { var e = 'outer'; try { throw 'inner'; } catch (e) { var e = 'assigned'; } return e; });
show('switch lexical', () => { switch (1) { case 0: let z = 1; case 1: try { return z; } catch (e) { return e.name; } } });
show('default param tdz', () => { function f(a = b, b) { return a; } return f(); });
show('default param self', () => { function f(a = a) { return a; } return f(); });
show('arguments default', () => { function f(a, b = arguments.length) { return b; } return f(1); });
show('later', () => { function f(a = b, b) { return a; } return f(); });
show('self', () => { function f(a = a) { return a; } return f(); });
show('self typeof', () => { function f(a = typeof a) { return a; } return f(); });
show('earlier ok', () => { function f(a, b = a + 1) { return b; } return f(1); });
show('given skips default', () => { function f(a = b, b) { return a; } return f(5); });
show('closure later ok', () => { function f(a = () => b, b = 2) { return a(); } return f(); });
show('arrow', () => ((x = y, y) => x)());
show('method', () => ({ m(x = y, y) { return x; } }).m());
show('static', () => { class C { static m(x = x) {} } return C.m(); });
show('pattern later', () => { function f({ a } = { a: b }, b) { return a; } return f(); });
show('pattern default later', () => { function f([a = b], b) { return a; } return f([]); });
show('pattern names later', () => { function f(x = y, [y]) { return x; } return f(undefined, [1]); });
show('outer shadow', () => { var b = 'outer'; function f(a = b, b) { return a; } return f(); });
show('object key', () => { function f(a = { b }, b) { return a; } return f(); });
