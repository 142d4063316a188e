// Helper module: adds properties to `exports` instead of replacing module.exports.
exports.greet = function (who) {
  return 'hello, ' + who;
};
exports.VERSION = '1.2.3';
exports.counter = 0;
exports.bump = function () {
  exports.counter++;
  return exports.counter;
};
var privateValue = 'not exported';
exports.peek = () => privateValue.length;
