// parseInt with radixes, prefixes, whitespace and trailing junk.
console.log(parseInt('42'), parseInt('  42  '), parseInt('42px'), parseInt('4 2'), parseInt('-17'), parseInt('+8'));
console.log(parseInt(''), parseInt('abc'), parseInt('  '), parseInt('-'), parseInt('0'), parseInt('-0'));
console.log(parseInt('ff', 16), parseInt('0xff'), parseInt('0xff', 16), parseInt('0xff', 10), parseInt('FF', 16));
console.log(parseInt('101', 2), parseInt('777', 8), parseInt('z', 36), parseInt('Z', 36), parseInt('10', 36));
console.log(parseInt('12', 1), parseInt('12', 37), parseInt('12', 0), parseInt('12', undefined), parseInt('2', 2));
console.log(parseInt('3.99'), parseInt('-3.99'), parseInt('1e3'), parseInt('0.0000005'), parseInt(0.0000005));
console.log(parseInt(null), parseInt(undefined), parseInt('Infinity'), parseInt(15.7), parseInt('123abc456'));
console.log(parseInt('0b11'), parseInt('0o7'), parseInt('08'), parseInt('012'), parseInt('\n\t 9'));
console.log(parseInt('0x'), parseInt('0x', 16), parseInt('-0xF'), parseInt(' +0x10'));
console.log(parseInt('9007199254740993'), parseInt('123456789012345678901234567890'));
var total = 0;
for (var i = 0; i < 3000; i++) total += parseInt(i.toString(16), 16) + parseInt(i + 'px');
console.log(total);
console.log(['1', '2', '3'].map((s) => parseInt(s)), ['1', '2', '3'].map(parseInt));
