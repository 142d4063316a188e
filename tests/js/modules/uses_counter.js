// Helper module: requires the counter module too, so it shares the cached instance.
var counter = require('./counter_state');
module.exports = {
  bumpTwice: function () {
    counter.increment();
    return counter.increment();
  }
};
