// trimStart, trimEnd (and trim for comparison), padEnd (and padStart).
const samples = ['  both  ', '\t\ntabs\r\n', 'none', '   ', '', '\u00a0nbsp\u00a0', ' in ner '];
for (const s of samples) {
  console.log(JSON.stringify(s.trimStart()), JSON.stringify(s.trimEnd()), JSON.stringify(s.trim()), s.trimStart().length + s.trimEnd().length);
}
console.log(typeof ''.trimLeft, ''.trimLeft === ''.trimStart, ''.trimRight === ''.trimEnd);
console.log('abc'.padEnd(6), '|' + 'abc'.padEnd(6) + '|', 'abc'.padEnd(6, '*'), 'abc'.padEnd(8, '12'), 'abc'.padEnd(2), 'abc'.padEnd(3, 'x'));
console.log('abc'.padEnd(6, ''), 'abc'.padEnd(-1, 'x'), 'abc'.padEnd(5, 0), 'abc'.padEnd('5', 'ab'), 'abc'.padEnd(NaN, '-'));
console.log('7'.padStart(3, '0'), '7'.padEnd(3, '0'), ''.padEnd(4, 'ab'), 'x'.padEnd(4, undefined) + '|');
// A text table built with padEnd and padStart.
const rows = [['apple', 1.5, 3], ['kiwi', 0.25, 12], ['watermelon', 3, 1]];
for (const [name, price, qty] of rows) console.log(name.padEnd(12, '.') + price.toFixed(2).padStart(6) + String(qty).padStart(4));
// Trimming user input lines.
const input = '  name = Ada  \n\tage=36\n  \n  lang =  js';
const cfg = {};
for (const line of input.split('\n')) {
  const t = line.trimStart().trimEnd();
  if (!t) continue;
  const [k, v] = t.split('=');
  cfg[k.trimEnd()] = v.trimStart();
}
console.log(cfg);
// Hot loop with padEnd/trimEnd round trips.
let total = 0;
for (let i = 0; i < 3000; i++) {
  const s = String(i).padEnd(8, ' ').padStart(10, ' ');
  total += s.length + s.trimEnd().length + s.trimStart().length;
}
console.log(total);
