// Parameters with default values or patterns have a scope apart from the body's vars:
// closures in parameter expressions never see body vars, a body var named like a parameter
// starts with its value, and parameters are bound left to right.
var x = 'outer';
class C {
  static m(a = () => x) { var x = 'inner'; return [a(), x]; }
  static n(a = this) { return a === C; }
  static o(a, b = () => a) { var a = 'body a'; return [a, b()]; }
}
console.log(C.m(), C.n(), C.o('param a'));
function f(a = () => y, b = 2) { var y = 'inner'; var u; return [a(), y, u, b]; }
var y = 'outer';
console.log(f());
function g(a, b = () => a) { var a; return [a, b()]; }
console.log(g(5));
function k([a], b = () => a) { var a; a = 7; return [a, b()]; }
console.log(k([1]));
function m([a] = [1], b = a, { c } = { c: b + 1 }) { return [a, b, c]; }
console.log(m(), m([5]), m(undefined, 9));
function p(a = 1) { function a() {} return typeof a; }
console.log(p());
function q(a = 1) { var s = 0; for (var i = 0; i < 3; i++) { var t = i; s += t; } return [a, s, i, t]; }
console.log(q());
var probeParams, probeBody;
({ m(_ = probeParams = function () { return x; }) { var x = 'inside'; probeBody = function () { return x; }; } }).m();
console.log(probeParams(), probeBody());
var arrow = (a, b = () => a) => { var a = 2; return [a, b()]; };
console.log(arrow(1));
var setterLog = [];
var o = { set v(value = 'default') { var value; setterLog.push(value); } };
o.v = undefined; o.v = 'given';
console.log(setterLog);
function r(a, b = 1) { return arguments.length + ':' + a; }
console.log(r(3), r(3, 4, 5));
function hot(n = 0) { var acc; acc = n; for (var i = 0; i < 5; i++) acc += i; return acc; }
var tot = 0;
for (var j = 0; j < 2000; j++) tot += hot(j);
console.log(tot);
