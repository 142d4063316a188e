// Helper module: bottom of the chain.
console.log('[chain_c] loading');
exports.describe = function () {
  return 'c';
};
exports.depth = 1;
