// Helper module with load-time side effects: prints once, however often it is required.
console.log('[counter_state] loading');
var count = 0;
module.exports = {
  increment: function () {
    count++;
    return count;
  },
  get: function () {
    return count;
  },
  loadedAt: 'first require'
};
