// Nested template literals and templates used to build structured text.
var items = [{ name: 'apple', qty: 3, price: 0.5 }, { name: 'pear', qty: 0, price: 0.75 }, { name: 'fig', qty: 12, price: 2 }];
var rows = items.map((it) => `${it.name}: ${it.qty > 0 ? `${it.qty} x ${it.price} = ${it.qty * it.price}` : `out of stock`}`);
console.log(rows.join('\n'));
var table = `<ul>${items.map((it) => `<li>${it.name}</li>`).join('')}</ul>`;
console.log(table);
var depth = `a${`b${`c${`d`}c`}b`}a`;
console.log(depth);
function tag(level, text) {
  return `${'  '.repeat(level)}${level}: ${text}`;
}
for (var i = 0; i < 3; i++) console.log(tag(i, `item ${i + 1} of ${3}`));
var obj = { a: { b: { c: 'deep' } } };
console.log(`${obj.a.b.c} ${obj['a']['b'].c.toUpperCase()} ${JSON.stringify(obj)}`);
var total = 0;
for (var k = 0; k < 3000; k++) total += `${k}-${k % 7}`.length;
console.log(total);
console.log(`${`${`${1 + 1}`}`}` === '2');
