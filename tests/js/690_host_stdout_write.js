// process.stdout.write: no newline added, returns true, mixes with console.log in order.
process.stdout.write('a');
process.stdout.write('b');
process.stdout.write('c\n');
console.log('log after write');
const r = process.stdout.write('');
console.log(r, typeof process.stdout.write);
process.stdout.write('partial line, ');
console.log('then console.log finishes it');
process.stdout.write('multi\nline\nwrite\n');
process.stdout.write('unicode: é ✓ 😀\n');
process.stdout.write(String(12345) + ' ' + [1, 2] + ' ' + JSON.stringify({ k: 'v' }) + '\n');
// A progress bar drawn piece by piece.
for (let i = 0; i < 10; i++) process.stdout.write(i % 2 ? '#' : '=');
process.stdout.write('\n');
// Building a table row by row with padEnd.
const rows = [['name', 'qty'], ['apple', 3], ['kiwi', 12]];
for (const [a, b] of rows) process.stdout.write(String(a).padEnd(8) + String(b).padStart(4) + '\n');
// Many small writes in a loop.
let line = 0;
for (let i = 0; i < 2000; i++) {
  if (i % 250 === 0) { process.stdout.write('line ' + line++ + ':'); }
  if (i % 50 === 0) process.stdout.write(' ' + i);
  if (i % 250 === 249) process.stdout.write('\n');
}
// Empty strings and repeated newlines.
process.stdout.write('\n\n');
process.stdout.write('end\n');
console.log(typeof process.stdout, typeof process.stderr, typeof process.stderr.write);
