// Edge-case arguments for string methods: NaN, negative, huge, non-string.
var s = 'hello';
console.log(s.slice(-2), s.slice(-10, 2), s.slice(2, -10), s.substring(-2), s.substring(10, -10));
console.log(s.charAt(-0.5), s.charAt(4.99), s.charAt(Infinity), JSON.stringify(s.charAt(-Infinity)));
console.log(s.indexOf('l', -Infinity), s.indexOf('l', Infinity), s.lastIndexOf('l', Infinity), s.lastIndexOf('l', -Infinity));
console.log(s.includes('l', NaN), s.startsWith('h', NaN), s.endsWith('o', NaN), s.endsWith('o', undefined));
console.log(s.padStart(NaN, 'x'), s.repeat(NaN).length, s.split('l', -1), s.split('l', 1.9));
console.log(s.toUpperCase().toLowerCase() === s, s + '!' + 1 + null);
var num = 12345;
console.log(String(num).split('').reverse().join(''), String(num).length, ('' + num).charAt(2));
console.log('abc'[-1], 'abc'['1'], 'abc'[1.5], 'abc'.length);
var str = 'immutable';
str[0] = 'X';
console.log(str);
