// A C-style for with let/const: the initializer's closures keep the bindings it left (the first
// iteration works on a copy), every iteration has its own copy, and the head's TDZ.
var probeBefore, probeTest, probeIncr, probeBody, fs = [];
for (let x = 'init', _ = probeBefore = function () { return x; }; probeTest = function () { return x; }, x === 'init' || x === 'inc'; probeIncr = function () { return x; }, x = 'end')
  probeBody = function () { return x; }, x = 'inc' === x ? 'stop' : 'inc';
console.log(probeBefore(), probeTest(), probeIncr(), probeBody());
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()).join());
let y = 1;
try { for (let y = y; ;) break; } catch (e) { console.log(e.name); }
for (const c = 5; ;) { console.log(c); break; }
var g = [], incs = [];
for (let i = 0, snap = () => i; i < 3; i++) { g.push(i); incs.push(snap()); }
console.log(g.join(), incs.join());
var hot = 0;
for (let n = 0; n < 200; n++) for (let i = 0, f = () => i; i < 3; i++) hot += f() + i;
console.log(hot);
