// Helper module: module.exports is a single function with a property attached.
function makeGreeter(prefix) {
  return function (name) {
    return prefix + ' ' + name;
  };
}
makeGreeter.defaultPrefix = 'hi';
module.exports = makeGreeter;
