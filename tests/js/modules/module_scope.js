// Helper module: top-level variables are private to the module.
var secret = 'module-private';
var helperCalls = 0;
function helper() {
  helperCalls++;
  return secret.toUpperCase();
}
module.exports = {
  reveal: function () {
    return helper() + ':' + helperCalls;
  },
  typeofModule: typeof module,
  typeofExports: typeof exports,
  sameExports: module.exports === exports
};
