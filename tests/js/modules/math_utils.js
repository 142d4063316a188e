// Helper module: exports an object of functions and constants via module.exports.
function add(a, b) {
  return a + b;
}
function mul(a, b) {
  return a * b;
}
function sumAll(list) {
  var t = 0;
  for (var i = 0; i < list.length; i++) t += list[i];
  return t;
}
var TAU = 2 * Math.PI;
module.exports = { add: add, mul: mul, sumAll: sumAll, TAU: TAU, name: 'math_utils' };
