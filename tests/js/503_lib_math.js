// Math: every function on ordinary, special and awkward arguments, to the last digit.
var names = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'exp', 'expm1', 'floor',
  'fround', 'log', 'log1p', 'log10', 'log2', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'clz32'];
var args = [0, -0, 0.5, -0.5, 1, -1, 2, 3.7, -3.7, 10, 100, 1e-10, 1e10, 1e300, 700, 710, Math.PI, Math.E, NaN, Infinity, -Infinity, 0.9999, 1.0001, 2.5, -2.5];
for (var i = 0; i < names.length; i++) {
  var f = Math[names[i]], row = [];
  for (var j = 0; j < args.length; j++) row.push(f(args[j]));
  console.log(names[i], row.join(' '));
}
var pairs = [[1, 1], [1, -1], [-1, -1], [0, -0], [-0, -0], [0, 0], [-0, 0], [3, 4], [1e-300, 1e300], [Infinity, Infinity], [-Infinity, 1], [2, NaN], [0.5, -2]];
var atan2s = [], pows = [], hypots = [];
for (var k = 0; k < pairs.length; k++) {
  atan2s.push(Math.atan2(pairs[k][0], pairs[k][1]));
  pows.push(Math.pow(pairs[k][0], pairs[k][1]));
  hypots.push(Math.hypot(pairs[k][0], pairs[k][1]));
}
console.log('atan2', atan2s.join(' '));
console.log('pow', pows.join(' '));
console.log('hypot', hypots.join(' '), Math.hypot(), Math.hypot(3, 4, 5), Math.hypot(NaN, Infinity), Math.hypot(-3), Math.hypot(1e200, 1e200));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-8, 1 / 3), Math.pow(-2, 3), Math.pow(-0, -3), Math.pow(-0, -2), Math.pow(4, -0.5));
console.log(Math.pow(60.315799713134766, 0.9781198501586914), Math.pow(9.682269096374512, -2), Math.pow(1.0001, 100000), Math.pow(10, -5), Math.pow(10, 21), Math.pow(2, -1074), Math.pow(2, 1024));
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.max(-0, 0), Math.min(0, -0), Math.max('3', 2), Math.min(1, '0.5', [0.25]), Math.max(undefined, 1), Math.min(null, 1));
console.log(Math.round(0.49999999999999994), Math.round(-0.5), Math.round(-0.50001), Math.round(4503599627370495.5), Math.round(-4503599627370495.5), Math.round(2 ** 52 + 1));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.imul('7', 6), Math.clz32(0), Math.clz32(-1), Math.clz32(0.9), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2, Object.keys(Math).length);
console.log(Math.abs('-5'), Math.abs(null), Math.abs([]), Math.abs([-2]), Math.abs({}), Math.floor('7.9'), Math.sqrt('16'), Math.sign('-3'), Math.trunc(-0.9));
console.log(Math.max.length, Math.min.length, Math.hypot.length, Math.atan2.length, Math.random.length, Math.round.name, typeof Math.random());
var r = Math.random(), ok = true;
for (var m = 0; m < 1000; m++) { var v = Math.random(); if (!(v >= 0 && v < 1)) ok = false; }
console.log(ok, r >= 0 && r < 1);
var acc = 0;
for (var n = 1; n < 2000; n++) acc += Math.sin(n) * Math.cos(n / 3) + Math.log(n) / Math.sqrt(n) + Math.atan2(n, 7) - Math.exp(-n / 500) + Math.pow(n, 0.37) + Math.tan(n * 0.001);
console.log(acc);
