// Helper module: the top of a chain a -> b -> c.
var b = require('./chain_b');
console.log('[chain_a] loading, b says', b.describe());
module.exports = {
  describe: function () {
    return 'a(' + b.describe() + ')';
  },
  depth: b.depth + 1
};
