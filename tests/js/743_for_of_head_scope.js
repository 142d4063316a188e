// A for-in/of head with let/const: the object expression sees the head's names in their TDZ,
// and every iteration has fresh bindings (closures keep their own).
let y = 'outer';
try { for (let y of [y]) console.log('unreachable', y); } catch (e) { console.log('of', e.name); }
try { for (const y in { y }) console.log('unreachable', y); } catch (e) { console.log('in', e.name); }
try { for (let [y] of [[y]]) console.log('unreachable', y); } catch (e) { console.log('pattern', e.name); }
console.log(y);
var probeExpr, probeDecl, probeBody;
for (let [z, _ = probeDecl = function () { return z; }] of (probeExpr = function () { return typeof z; }, [['inside']]))
  probeBody = function () { return z; };
try { probeExpr(); console.log('no error'); } catch (e) { console.log('closure in the head', e.name); }
console.log(probeDecl(), probeBody());
let w = 'outer w';
for (let k in (probeExpr = () => w, { a: 1, b: 2 })) console.log(k, probeExpr());
var fns = [];
for (let i of [1, 2, 3]) fns.push(() => i);
for (const k in { a: 1, b: 2 }) fns.push(() => k);
for (let { v } of [{ v: 'x' }, { v: 'y' }]) fns.push(() => v);
for (let [p, q = p * 10] of [[1], [2, 3]]) fns.push(() => p + q);
console.log(fns.map(f => f()).join());
for (var q2 of [1, 2]) ;
console.log(q2);
outer: for (let i of [1, 2]) { for (let j of [1, 2]) { if (j === 2) continue outer; console.log(i, j); } }
var total = 0;
for (let n = 0; n < 300; n++) for (const v of [n, n + 1]) total += (() => v)();
console.log(total);
