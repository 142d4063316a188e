// parseInt, parseFloat, Number(), String(), Boolean(), isNaN/isFinite and Number's statics.
console.log(parseInt('0x1f'), parseInt('  12px'), parseInt(''), parseInt('-0'), parseInt('0x'), parseInt('1e3'), parseInt('12', 3), parseInt('z', 36));
console.log(parseInt('10', 37), parseInt('10', 1), parseInt('10', 0), parseInt('0x10', 16), parseInt('0x10', 10), parseInt('-ff', 16), parseInt(' +42'));
console.log(parseInt('123456789012345678901234567890'), parseInt(null), parseInt('Infinity'), parseInt(15.99), parseInt(1e21), parseInt('0b11'));
console.log(parseInt('\u00a0 7'), parseInt('-'), parseInt('0.0000005'), parseInt(0.0000005), parseInt('11', '2'), parseInt('11', 2.9), parseInt('7', -1));
console.log(parseInt('ZZ', 36), parseInt('0X1A'), parseInt('  -0x1A'), parseInt('08'), parseInt('1010', 2), parseInt('777', 8), parseInt('9', 8), parseInt('FFFFFFFFFFFFFFFFF', 16));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e1x'), parseFloat('1e'), parseFloat('1e+'), parseFloat('Infinityx'), parseFloat('-Infinity'));
console.log(parseFloat('x1'), parseFloat(''), parseFloat('-0'), parseFloat('0x10'), parseFloat('  1_000'), parseFloat('1.2.3'), parseFloat([' 2 ']), parseFloat('1e400'), parseFloat('.e1'));
console.log(isNaN('abc'), isNaN(''), isNaN(undefined), isNaN(null), isNaN([]), isNaN({}), isFinite('12'), isFinite(Infinity), isFinite('1e400'), isFinite(null));
console.log(Number.isNaN('abc'), Number.isNaN(NaN), Number.isFinite('12'), Number.isFinite(12), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'));
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), Number.isInteger(Infinity), Number.isInteger(-0), Number.isSafeInteger(1.5));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.parseInt === parseInt, Number.parseFloat === parseFloat, Object.keys(Number));
console.log(Number(''), Number(' 12 '), Number('0x1f'), Number('0b101'), Number('0o17'), Number('1e3'), Number(null), Number(undefined), Number(true));
console.log(Number([]), Number([5]), Number([1, 2]), Number({}), Number('-0'), Number(), Number('12px'), Number('Infinity'), Number('-Infinity'), Number('infinity'));
console.log(Number('1_0'), Number('.5'), Number('5.'), Number('+.5e-1'), Number('\n\t 42 \r'), Number('0x'), Number('-0x10'), Number(false), Number('   '));
console.log(String(), String(null), String(undefined), String(123), String(-0), String([1, [2, 3]]), String({}), String(true), String(1e21), String(1e-7));
console.log(String(NaN), String(-Infinity), String(0.1 + 0.2), String([null, undefined]), String(123456789012345680000), String(2 ** 70));
console.log(Boolean(''), Boolean('0'), Boolean(0), Boolean(-0), Boolean(NaN), Boolean({}), Boolean([]), Boolean(), Boolean(null), Boolean('false'));
console.log(true.toString(), false.valueOf(), typeof Boolean(1), typeof String(1), typeof Number('1'));
console.log(encodeURIComponent('a b&c=d/é?#'), encodeURI('http://x.y/a b?q=1&r=é#frag'), encodeURIComponent('😀'), encodeURIComponent("-_.!~*'()"));
console.log(decodeURIComponent('a%20b%26c%3Dd%2F%C3%A9'), decodeURI('a%20b%2Fc%3F'), decodeURIComponent('%F0%9F%98%80'), decodeURI('%41%42'));
try { decodeURIComponent('%E0%A4%A'); } catch (e) { console.log(e.name, e.message); }
try { decodeURIComponent('%'); } catch (e) { console.log(e.name, e.message); }
try { encodeURIComponent('\ud800'); } catch (e) { console.log(e.name, e.message); }
var sum = 0;
for (var i = 0; i < 3000; i++) sum += parseInt('' + i, 10) + parseFloat(i + '.5') + Number('0x' + (i % 16).toString(16));
console.log(sum, parseInt('12', undefined), parseInt('12', null), parseInt('12', NaN), parseFloat('  -12.5e-1 units'));
