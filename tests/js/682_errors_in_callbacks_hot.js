// Errors created without new inside callbacks and methods, in hot code, and caught at several levels.
function parse(s) {
  const n = Number(s);
  if (s.trim() === '') throw SyntaxError('empty');
  if (Number.isNaN(n)) throw TypeError('not a number: ' + s);
  if (!Number.isInteger(n)) throw RangeError('not an integer: ' + s);
  return n;
}
const inputs = ['1', '2.5', 'x', ' ', '40', '-3'];
const results = inputs.map(s => { try { return parse(s); } catch (e) { return e.name; } });
console.log(results);
const byType = {};
for (let i = 0; i < 3000; i++) {
  try {
    parse(inputs[i % inputs.length]);
    byType.ok = (byType.ok || 0) + 1;
  } catch (e) {
    byType[e.name] = (byType[e.name] || 0) + 1;
  }
}
console.log(byType);
class Validator {
  static rules = [[v => v > 0, RangeError, 'must be positive'], [v => v % 2 === 0, Error, 'must be even']];
  static check(v) {
    for (const [ok, Kind, msg] of Validator.rules) if (!ok(v)) throw Kind(msg + ' (' + v + ')');
    return v;
  }
}
let good = 0;
const messages = new Set();
for (let i = -5; i < 3000; i++) {
  try { good += Validator.check(i); } catch (e) { messages.add(e.name + ':' + e.message.split(' (')[0]); }
}
console.log(good, [...messages]);
// Throwing non-errors from deep recursion.
function depth(n) { if (n === 0) throw { reached: 'bottom' }; return depth(n - 1) + 1; }
let reached = 0;
for (let i = 0; i < 300; i++) { try { depth(i % 20); } catch (x) { if (x.reached === 'bottom') reached++; } }
console.log(reached);
