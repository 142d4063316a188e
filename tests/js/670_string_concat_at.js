// String.prototype.concat and at.
const s = 'Hello';
console.log(s.concat(), s.concat(', ', 'World', '!'), s.concat(1, 2), s.concat(null, undefined, true), s.concat([1, 2], { a: 1 }));
console.log(''.concat('a', 'b'), 'x'.concat(''), s.concat(0.5, -0, NaN), s, 'a'.concat.length);
const parts = ['a', 'b', 'c'];
console.log(''.concat(...parts), 'pre-'.concat(parts), 'n'.concat(String(1e21)));
console.log(s.at(0), s.at(-1), s.at(4), s.at(5), s.at(-5), s.at(-6), s.at(), s.at(1.9), s.at('1'), s.at(-0.5));
console.log(''.at(0), 'é'.at(0), '😀'.at(0).length, '😀'.at(-1) === '\ude00', 'abc'.at(NaN));
// at vs charAt vs indexing.
const w = 'word';
console.log(w.at(-1), w.charAt(-1) === '', w[-1], w[w.length - 1], w.at(10), w.charAt(10) === '');
// concat with objects that convert.
const obj = { toString() { return '[obj]'; } };
console.log('x'.concat(obj), 'y'.concat({ valueOf() { return 7; }, toString() { return 'ts'; } }));
// concat in a hot loop builds long strings.
let acc = '';
for (let i = 0; i < 3000; i++) acc = acc.concat(i % 10);
console.log(acc.length, acc.slice(0, 12), acc.at(-1), acc.at(-2999));
let ats = 0;
const text = 'The quick brown fox jumps over the lazy dog';
for (let i = 0; i < 4000; i++) if (text.at(-(i % text.length) - 1) === 'o') ats++;
console.log(ats);
// concat returns a new string; the receiver is unchanged, and non-strings are converted.
const base = 'base';
const more = base.concat('-more');
console.log(base, more, String.prototype.concat.call(12, 3), String.prototype.at.call(12345, -2));
