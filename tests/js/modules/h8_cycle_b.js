// Helper module: requires h8_cycle_a while a is still loading, so it sees a's partial exports.
const a = require('./h8_cycle_a');
exports.name = 'b';
exports.sawAKeys = Object.keys(a);
exports.aDoneAtLoad = 'done' in a;
exports.hello = (who) => 'b says hello ' + who + ', a.done is now ' + a.done;
exports.done = true;
