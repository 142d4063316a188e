// Evaluation order of patterns: property reads, defaults and iterator steps, left to right.
const log = [];
const src = {
  get a() { log.push('get a'); return undefined; },
  get b() { log.push('get b'); return 'B'; },
  get c() { log.push('get c'); return { d: 'D' }; },
};
function dflt(tag) { log.push('default ' + tag); return tag; }
const { a = dflt('a'), b = dflt('b'), c: { d, e = dflt('e') } } = src;
console.log(log, a, b, d, e);

// Computed keys are evaluated before the property is read.
log.length = 0;
function key(k) { log.push('key ' + k); return k; }
const { [key('b')]: bb, [key('a')]: aa = dflt('aa') } = src;
console.log(log, bb, aa);

// Array patterns: element defaults run in order, only for missing elements; holes count as missing.
log.length = 0;
const [x1, , x3, x4 = dflt('x4'), x5 = dflt('x5')] = [10, 20, 30, , undefined];
console.log(log, x1, x3, x4, x5);
log.length = 0;
const [y1 = dflt('y1'), [y2 = dflt('y2')] = (log.push('outer default'), [])] = [0];
console.log(log, y1, y2);

// Assignment targets are evaluated in order, interleaved with reads.
log.length = 0;
const target = {};
function tgt(name) { log.push('target ' + name); return target; }
[tgt('first').p, tgt('second').q] = ['P', 'Q'];
console.log(log, target);

// A default that throws stops destructuring at that point.
let reached = 'no';
try {
  const [ok, bad = (() => { throw new RangeError('boom'); })(), never = (reached = 'yes')] = [1];
  console.log(ok, bad, never);
} catch (err) {
  console.log(err.name, err.message, reached);
}
// Defaults and the temporal dead zone: a default may not read a later binding.
try {
  const [p = q, q = 1] = [];
  console.log(p, q);
} catch (err) {
  console.log(err.name);
}
const [r1 = 1, r2 = r1 + 1] = [];
console.log(r1, r2);
