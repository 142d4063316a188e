// Helper module: middle of the chain; requires chain_c with an explicit .js extension.
var c = require('./chain_c.js');
console.log('[chain_b] loading');
module.exports = {
  describe: function () {
    return 'b(' + c.describe() + ')';
  },
  depth: c.depth + 1
};
