// String(x) and Number(x) conversions.
console.log(String(123), String(-1.5), String(0), String(-0), String(1e21), String(1e-7), String(123456789012));
console.log(String(null), String(undefined), String(true), String(NaN), String(Infinity), String(-Infinity));
console.log(String([1, [2, 3]]), String([]), String({}), String([null, undefined]), String('s'));
console.log(Number('42'), Number(' 42 '), Number('4 2'), Number(''), Number('  '), Number('0x1f'), Number('1e3'));
console.log(Number('12px'), Number('.5'), Number('5.'), Number('-0'), Number('+7'), Number('Infinity'), Number('-Infinity'));
console.log(Number(null), Number(undefined), Number(true), Number(false), Number([]), Number([5]), Number([1, 2]), Number({}));
console.log(Number('0b101'), Number('0o17'), Number('1_000'), Number('\n12\t'), Number('1.2.3'));
console.log(typeof String(1), typeof Number('1'), Number() === 0, String() === '');
console.log(String(0.1 + 0.2), String(100 / 3), String(2 ** 53), String(-1e-7), String(123e-20));
var sum = 0;
for (var i = 0; i < 3000; i++) sum += Number(String(i) + '.5');
console.log(sum);
console.log(Number('-0') === 0, String(Number('1e-10')), Number(String(0.1)) === 0.1);
