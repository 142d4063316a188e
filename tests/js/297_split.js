// split with string separators, empty separator and limit.
console.log('a,b,c'.split(','), 'a,b,c'.split(', '), 'a, b, c'.split(', '));
console.log('abc'.split(''), ''.split(''), ''.split(','), 'abc'.split());
console.log('a,,b,'.split(','), ',a'.split(','), ','.split(','));
console.log('one two  three'.split(' '));
console.log('a--b--c'.split('--'), 'aaa'.split('a'), 'abcabc'.split('bc'));
console.log('a,b,c,d'.split(',', 2), 'a,b,c'.split(',', 0), 'a,b'.split(',', 10), 'abc'.split('', 2));
console.log('x'.split('x'), 'xyx'.split('xyx'), 'hello'.split('hello world'));
console.log('1-2-3'.split('-').map(Number), 'k=v;a=b'.split(';').map((p) => p.split('=')));
var csv = 'name,age\nann,31\nbob,27';
var rows = csv.split('\n').map((line) => line.split(','));
console.log(rows);
var words = 0;
var sentence = 'the quick brown fox jumps over the lazy dog';
for (var i = 0; i < 1000; i++) words += sentence.split(' ').length;
console.log(words);
console.log('a b c'.split(' ').join('+'), '2024-01-05'.split('-').reverse().join('/'));
var parts = '\u{1F600}x'.split('');
console.log(parts.length, parts.map((p) => p.charCodeAt(0)), 'undefined'.split(undefined));
