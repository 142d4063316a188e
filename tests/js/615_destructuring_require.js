// Destructuring the exports of required modules.
const { Run } = require('./modules/h8_run');
const { sum, limits: { min, max, nested: { deep } }, pair: [left, right], version: v = 1, absent = 'dflt' } = require('./modules/h8_run.js');
console.log(typeof Run, Run.DEFAULT_ITERATIONS, new Run('Sieve').describe(), new Run('Queens', 5).describe());
console.log(sum(1, 2, 3), min, max, deep, left, right, v, absent);
const { mean, range, NAME, null: nullExport, ...moreStats } = require('./modules/h8_stats');
console.log(mean([1, 2, 3, 4]), range([3, 10]), NAME, nullExport, Object.keys(moreStats));
let { Run: Renamed, ...rest } = require('./modules/h8_run');
console.log(Renamed === Run, Object.keys(rest));
// Destructuring does not copy the module's objects: they are shared.
const { limits } = require('./modules/h8_run');
limits.max = 20;
console.log(require('./modules/h8_run').limits.max);
// Array destructuring of an exported array, and a function taking a pattern.
const [, second] = require('./modules/h8_run').pair;
console.log(second);
function runAll({ Run: R }, names) { return names.map(n => new R(n, 1).describe()); }
console.log(runAll(require('./modules/h8_run'), ['A', 'B']));
