// Mixing export styles: the value of module.exports at the end of loading is what require returns.
const run = require('./modules/h8_run');
console.log(Object.keys(run), run.version, run.pair);
const { Run } = run;
const r = new Run('List');
console.log(r.describe(), Run.DEFAULT_ITERATIONS, r instanceof Run);
// Exported objects are shared and mutable.
run.limits.extra = 'added by main';
console.log(require('./modules/h8_run').limits);
// Exported functions keep their closures.
const stats = require('./modules/h8_stats');
const means = [];
for (let i = 0; i < 3000; i++) means.push(stats.mean([i, i + 1, i + 2]));
console.log(means.length, means[0], means[2999], stats.range([means[0], means[2999]]));
// Reassigning a local copy does not affect the module.
let { version } = require('./modules/h8_run');
version = 99;
console.log(version, require('./modules/h8_run').version);
// Exports added to a function export.
const replaced = require('./modules/h8_replace');
replaced.addedLater = 'yes';
console.log(require('./modules/h8_replace').addedLater, Object.keys(replaced));
