// BigInts in Map, Set and arrays (SameValueZero), and JSON through a toJSON hook.
const m = new Map();
m.set(1n, 'bigint one');
m.set(1, 'number one');
m.set('1', 'string one');
m.set(1n, 'bigint one again');
m.set(2n ** 64n, 'huge');
console.log(m.size, m.get(1n), m.get(1), m.get('1'), m.get(2n ** 64n), m.get(18446744073709551616), m.has(2n));
console.log(m.get(0n + 1n), m.has(BigInt(1)), m.has(BigInt('18446744073709551616')), m.get(-0n));
m.set(0n, 'zero');
console.log(m.get(-0n), m.delete(1n), m.has(1n), m.size);
console.log([...m.keys()], m);
const s = new Set([1n, 1n, 1, 2n, 3n, BigInt(2), 10n ** 20n, 10n ** 20n]);
console.log(s.size, s.has(2n), s.has(2), s.has(10n ** 20n), [...s]);
s.delete(1);
console.log(s, [...s].map(v => typeof v).join(','));
// Counting occurrences with BigInt keys.
const counts = new Map();
for (let i = 0n; i < 30n; i++) {
  const k = i % 4n;
  counts.set(k, (counts.get(k) || 0n) + 1n);
}
console.log(counts);
// Array searching: includes (SameValueZero) and indexOf (strict equality).
const arr = [5n, 10n, 15n, 10, '10'];
console.log(arr.includes(10n), arr.includes(10), arr.indexOf(10n), arr.indexOf(10), arr.indexOf('10'), arr.lastIndexOf(5n));
console.log(arr.find(v => v === 15n), arr.findIndex(v => typeof v === 'bigint' && v > 7n), arr.filter(v => v == 10).length);
console.log(arr.some(v => v === 20n), arr.every(v => v), [0n, 1n].every(v => v));
console.log([3n, 4n].map(v => v * v), [1n, 2n, 3n].reduce((a, b) => a + b, 0n), [1n, 2n, 3n].reduce((a, b) => a * b));
console.log(Array.from(new Set([7n, 7n, 8n])), Object.entries({ a: 1n }), Object.values({ b: 2n, c: [3n] }));
// JSON.parse reads numbers; BigInt() turns safe integers into BigInts.
const parsed = JSON.parse('{"id": 12345, "big": "123456789012345678901234567890", "list": [1, 2, 3]}');
console.log(BigInt(parsed.id) * 2n, BigInt(parsed.big) + 1n, parsed.list.map(BigInt));
console.log(JSON.parse('9007199254740993'), BigInt(JSON.parse('9007199254740993')), BigInt(JSON.parse('"9007199254740993"')));
// A reviver can build BigInts; a replacer can serialize them.
const revived = JSON.parse('{"a": "10", "b": {"c": "20"}, "d": 5}', (k, v) => (typeof v === 'string' ? BigInt(v) : v));
console.log(revived, revived.a + revived.b.c);
console.log(JSON.stringify({ x: 1n, y: [2n, 3], z: 'q' }, (k, v) => (typeof v === 'bigint' ? v.toString() + 'n' : v)));
console.log(JSON.stringify({ x: 2n ** 70n }, (k, v) => (typeof v === 'bigint' ? Number(v) : v)));
// With BigInt.prototype.toJSON defined, JSON.stringify calls it.
BigInt.prototype.toJSON = function () { return this.toString(); };
console.log(JSON.stringify(1n), JSON.stringify({ a: 1n, b: [2n, -3n], c: 4 }), JSON.stringify([2n ** 64n]));
console.log(JSON.stringify({ n: 10n }, null, 2));
console.log(JSON.stringify(new Map([[1n, 2n]])), JSON.stringify([...new Map([[1n, 2n]])]));
console.log(typeof BigInt.prototype.toJSON, (5n).toJSON(), typeof (5n).toJSON());
const round = JSON.parse(JSON.stringify({ v: 2n ** 80n }));
console.log(round, BigInt(round.v) === 2n ** 80n);
BigInt.prototype.toJSON = function () { return { big: this.toString(16) }; };
console.log(JSON.stringify({ a: 255n, b: [4096n] }));
// Map keyed by BigInt inside a hot-ish loop: memoized Fibonacci.
const memo = new Map([[0n, 0n], [1n, 1n]]);
function fib(n) {
  if (memo.has(n)) return memo.get(n);
  const v = fib(n - 1n) + fib(n - 2n);
  memo.set(n, v);
  return v;
}
console.log(fib(90n), fib(150n), memo.size);
// Set operations on BigInt values.
const evens = new Set(), threes = new Set();
for (let i = 0n; i < 40n; i++) { if (i % 2n === 0n) evens.add(i); if (i % 3n === 0n) threes.add(i); }
const both = [...evens].filter(v => threes.has(v));
console.log(both, both.length);
