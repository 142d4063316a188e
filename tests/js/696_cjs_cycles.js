// A require cycle: b requires a while a is still loading and sees a's partially filled exports.
const a = require('./modules/h8_cycle_a');
const b = require('./modules/h8_cycle_b');
console.log(a.name, a.done, a.loadedBefore);
console.log(a.sawB);
console.log(b.name, b.sawAKeys, b.aDoneAtLoad, b.done);
console.log(a.callB());
// Both modules are cached; requiring again does not re-run them.
console.log(require('./modules/h8_cycle_a') === a, require('./modules/h8_cycle_b.js') === b);
console.log(Object.keys(a), Object.keys(b));
