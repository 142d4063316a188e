// Helper module: half of a require cycle with h8_cycle_b (loaded first by the test).
exports.name = 'a';
exports.loadedBefore = true;
const b = require('./h8_cycle_b');
exports.sawB = { name: b.name, sawA: b.sawAKeys, done: b.done };
exports.done = true;
exports.callB = () => b.hello('from a');
