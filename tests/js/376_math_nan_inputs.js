// Math functions on NaN, non-numbers and non-numeric strings.
var inputs = [NaN, undefined, 'abc', '12', '', null, true, [], [4], {}, -Infinity];
var fns = ['abs', 'ceil', 'floor', 'round', 'trunc', 'sign', 'sqrt', 'exp', 'log'];
for (var f of fns) {
  var row = inputs.map((x) => Math[f](x));
  console.log(f.padStart(5), row.join(' '));
}
console.log(Math.atan2(NaN, 1), Math.pow(2, 'x'), Math.max([1], [2]), Math.min([1, 2]));
console.log(Math.abs(-1.7976931348623157e308), Math.sqrt(2 ** 1022 * 4), Math.floor(-5e-324));
