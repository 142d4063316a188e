// replace and replaceAll with string patterns, replacement strings with $-patterns, and callbacks.
const s = 'one two one two one';
console.log(s.replace('one', '1'), s.replaceAll('one', '1'), s.replace('three', '3'), s.replaceAll('three', '3'));
console.log(s.replace('', '^'), s.replaceAll('', '.').slice(0, 12), 'aaa'.replaceAll('aa', 'b'), 'aaaa'.replaceAll('aa', 'a'));
// Replacement patterns: $& (match), $` (before), $' (after), $$ (dollar).
console.log('price: 5'.replace('5', '$$5'), 'abc'.replace('b', '[$&]'), 'abc'.replace('b', "[$`]"), 'abc'.replace('b', "[$']"));
console.log('abc'.replaceAll('b', '$&$&'), 'a-b-c'.replaceAll('-', '$$'), 'abc'.replace('b', '$1'), 'abc'.replace('b', '$'));
// Function replacements get (match, offset, string).
console.log('a1b2a3'.replace('a', (m, off, str) => `<${m}@${off}/${str.length}>`));
console.log('a1b2a3'.replaceAll('a', (m, off) => m.toUpperCase() + off));
console.log('x.x.x'.replaceAll('.', () => '$&'));
// Non-string arguments are converted.
console.log('1 2 3'.replaceAll(2, 'two'), 'null'.replace(null, 'N'), 'true story'.replace(true, 'T'), '5'.replace(5, 6));
// The receiver is not changed; replace is case sensitive.
const orig = 'Hello hello';
console.log(orig.replace('hello', 'bye'), orig.replaceAll('Hello', 'Bye'), orig);
// Building a template engine with replaceAll.
function render(tpl, vars) {
  let out = tpl;
  for (const k of Object.keys(vars)) out = out.replaceAll('{{' + k + '}}', String(vars[k]));
  return out;
}
console.log(render('Dear {{name}}, you owe {{amount}}. Thanks, {{name}}!', { name: 'Bob', amount: '$10' }));
// Escaping special characters.
function escapeHtml(t) { return t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;'); }
console.log(escapeHtml('<a href="x">Tom & Jerry</a>'));
// Hot loop.
let count = 0;
let text = 'ab'.repeat(50);
for (let i = 0; i < 3000; i++) {
  const r = text.replaceAll('ab', i % 2 ? 'x' : 'xyz');
  count += r.length + text.replace('b', '').length;
}
console.log(count);
// Overlapping: replaceAll scans left to right without re-matching replaced text.
console.log('aaa'.replaceAll('a', 'aa'), 'abab'.replaceAll('aba', '_'), ''.replaceAll('', 'x'), ''.replace('', 'x'));
