// Function declarations in blocks of sloppy code also get a var of their name (ECMA-262 B.3.2),
// set when the declaration is reached, unless a let, const, class or parameter has the name.
function show(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.message); } }
show('basic', () => { var before = typeof g; { function g() { return 1; } } return [before, typeof g, g()]; });
show('if body', () => { if (true) function h() { return 'h'; } return h(); });
show('if not taken', () => { if (false) { function h2() {} } return typeof h2; });
show('let blocks', () => { let k = 'let'; { function k2() {} } { function k() {} } return [k, typeof k2]; });
show('param blocks', () => (function (p) { { function p() {} } return p; })('param'));
show('nested same', () => { { function n() { return 'outer'; } { function n() { return 'inner'; } } } return n(); });
show('inner let blocks', () => { { let q = 1; { function q() {} } } return typeof q; });
show('switch', () => { switch (1) { case 1: function sw() { return 'sw'; } } return sw(); });
show('catch', () => { try { throw 1; } catch (e) { function c() { return 'c'; } } return c(); });
show('loop', () => { var out = []; for (var i = 0; i < 2; i++) { function lp() { return i; } out.push(lp()); } return [out, typeof lp]; });
show('assign before', () => { { f0 = 5; function f0() {} } return typeof f0; });
show('closure sees block', () => { var r; { function cl() { return 'v1'; } r = cl; } return r === cl; });
show('strict no annex', () => { 'use strict'; { function st() {} } return typeof st; });
show('arrow', () => (() => { { function ar() { return 'ar'; } } return ar(); })());
show('var same', () => { var vs = 'var'; { function vs() {} } return typeof vs; });
show('class blocks', () => { class cb {} { function cb2() {} } return typeof cb2; });
show('default params fn', () => (function (a = 1) { { function dp() { return a; } } return dp(); })());
console.log(typeof topLevelBlockFn);
{ function topLevelBlockFn() { return 'top'; } }
console.log(topLevelBlockFn());
{ function f() { return 1; } function f() { return 2; } console.log(f()); }
console.log(f());
switch (1) { case 0: function g() { return 'a'; } case 1: function g() { return 'b'; } }
console.log(g());
var a, b;
({ __proto__: a, __proto__: b } = { x: 1 });
console.log(a === Object.prototype, b === Object.prototype);
try { eval2 = 1; } catch (e) {}
