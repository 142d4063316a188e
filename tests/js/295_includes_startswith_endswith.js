// includes, startsWith and endsWith.
var s = 'JavaScript engine';
console.log(s.includes('Script'), s.includes('script'), s.includes(''), s.includes('e', 16), s.includes('J', 1));
console.log(s.startsWith('Java'), s.startsWith('java'), s.startsWith('Script', 4), s.startsWith(''), s.startsWith('J', -5));
console.log(s.endsWith('engine'), s.endsWith('gin'), s.endsWith('Java', 4), s.endsWith(''), s.endsWith('e', 100));
console.log(''.includes(''), ''.startsWith(''), ''.endsWith(''), ''.includes('a'));
console.log('123'.includes(2), 'null'.startsWith(null), 'true'.endsWith(true));
console.log('undefined'.includes(), 'abc'.includes(undefined), 'a.b'.includes('.'));
var files = ['a.js', 'b.py', 'c.js', 'readme.md', 'test.js.bak', 'js'];
console.log(files.filter((f) => f.endsWith('.js')));
console.log(files.filter((f) => f.startsWith('r') || f.includes('.js.')));
var n = 0;
for (var i = 0; i < 3000; i++) {
  var name = 'item' + i;
  if (name.endsWith('7')) n++;
  if (name.startsWith('item1')) n++;
  if (name.includes('99')) n++;
}
console.log(n);
