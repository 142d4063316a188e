// A call site growing from one target to many: functions, class methods, methods from a
// prototype, arrows (lexical this), built-ins, bound functions, a function reading
// `arguments`; then values that are not callable.
function A() { this.x = 1; }
A.prototype.m = function (d) { return this.x + d; };
class K { constructor() { this.x = 2; } m(d) { return this.x * d; } }
var targets = [
  new A(), new K(),
  { x: 3, m: function (d) { return this.x - d; } },
  { x: 4, m: (d) => d * 10 },
  { x: 5, m: Math.abs },
  { x: 6, m: function (d) { return this.x + d; }.bind({ x: 60 }) },
  { x: 7, m: String.fromCharCode },
  { x: 8, m: function () { return arguments.length * 100 + this.x; } },
];
function site(o, d) { return o.m(d); }
function run(w) {
  var t = 0;
  for (let i = 0; i < 120; i++) { var r = site(targets[i % w], i - 60); t = (t + (typeof r === "number" ? r : r.length)) | 0; }
  return t;
}
console.log([1, 2, 3, 4, 5, 6, 7, 8].map(run).join());
function warm() { var t = 0; for (let i = 0; i < 1100; i++) t += site(targets[i & 3], i); return t; }
console.log(warm());
console.log(targets.map((o) => site(o, 66)).join());
try { site({ m: 5 }, 1); } catch (e) { console.log(e.name); }
try { site({ m: K }, 1); } catch (e) { console.log(e.name); }
try { site({}, 1); } catch (e) { console.log(e.name); }
console.log(site(targets[0], 0.5), site(targets[1], -0), site(targets[2], "s"));
