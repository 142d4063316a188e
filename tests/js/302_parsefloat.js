// parseFloat: leading numeric prefix, exponents, Infinity.
console.log(parseFloat('3.14'), parseFloat('  3.14abc'), parseFloat('.5'), parseFloat('-.5'), parseFloat('5.'));
console.log(parseFloat('1e3'), parseFloat('1e-3x'), parseFloat('1e'), parseFloat('1.5e+2'), parseFloat('e5'));
console.log(parseFloat(''), parseFloat('abc'), parseFloat('Infinity'), parseFloat('-Infinityx'), parseFloat('inf'));
console.log(parseFloat('0x10'), parseFloat('1.2.3'), parseFloat('-0'), parseFloat('+1.5'), parseFloat('  \n 7'));
console.log(parseFloat(null), parseFloat(true), parseFloat([2.5]), parseFloat('1_000'), parseFloat('00012.50'));
console.log(parseFloat('0.1') + parseFloat('0.2'), parseFloat('1e400'), parseFloat('1e-400'));
var sum = 0;
for (var i = 0; i < 3000; i++) sum += parseFloat((i / 4) + 'kg');
console.log(sum);
console.log(parseFloat(String(Math.PI)) === Math.PI, parseFloat('123456789.123456789'));
