// Assignments resolve their target before the right side: compound ones read it first (and
// throw for an unresolvable or TDZ name before the right side runs); plain ones write after.
var log = [];
function L(tag, v) { log.push(tag); return v; }
function show(label, fn) {
  log = [];
  try { fn(); console.log(label, 'ok', log.join()); } catch (e) { console.log(label, e.name, log.join()); }
}
var n = null, u;
show('null base, key', () => { n[L('k', 'a')] = L('v', 1); });
show('undefined base', () => { u.x = L('v', 1); });
show('undefined base, compound', () => { u.x += L('v', 1); });
show('null base, keyed compound', () => { n[L('k', 'a')] += L('v', 1); });
const c = 1;
show('const compound', () => { c += L('v', 1); });
show('const assign', () => { c = L('v', 1); });
show('const ||=', () => { c ||= L('v', 1); });
show('TDZ compound', () => { z += L('v', 1); let z; });
show('TDZ assign', () => { z = L('v', 1); let z; });
show('undeclared compound', () => { undeclaredA += L('v', 1); });
show('undeclared ??=', () => { undeclaredB ??= L('v', 1); });
show('undeclared sloppy', () => { undeclaredC = L('v', 1); });
console.log(typeof undeclaredC);
(function () {
  'use strict';
  show('strict undeclared', () => { undeclaredD = L('v', 1); });
  show('strict undeclared ||=', () => { undeclaredE ||= L('v', 1); });
  show('strict undeclared ++', () => { undeclaredF++; });
  show('strict frozen compound', () => { var o = Object.freeze({ x: 1 }); o.x += L('v', 1); });
  show('strict primitive', () => { var s = 'str'; s.len = L('v', 1); });
  show('strict getter only', () => { var o = { get x() { return 1; } }; o.x = L('v', 1); });
})();
var obj = { get x() { L('get'); return 1; }, set x(v) { L('set ' + v); } };
show('accessor compound', () => { obj.x += L('v', 1); });
show('accessor ||=', () => { obj.x ||= L('v', 1); });
show('accessor ++', () => { obj.x++; });
var i = 0, xs = [10, 20, 30];
xs[i++] += i;
console.log(xs, i);
var a = 1;
a += (a = 5, 10);
console.log(a);
var o2 = { v: 1 };
o2.v += (o2.v = 100, 1);
console.log(o2.v);
var o3 = { v: 1 }, o4 = o3;
o3.v = (o3 = { v: 2 }, 5);
console.log(o4.v, o3.v);
var k = 'p', o5 = {};
o5[k] = (k = 'q', 1);
console.log(Object.keys(o5));
