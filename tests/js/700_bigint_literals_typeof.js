// BigInt literals in every radix, typeof, and how BigInts print everywhere.
const dec = 123n, hex = 0x1Fn, oct = 0o17n, bin = 0b101n, sep = 1_000_000n;
console.log(dec, hex, oct, bin, sep);
console.log(0xFFn, 0XABCDEFn, 0O777n, 0B1111n, 0n, -0n, 1_2_3n, 0x1_Fn);
console.log(typeof dec, typeof 0n, typeof -5n, typeof (1n + 2n), typeof 1);
console.log(12345678901234567890123456789n);
console.log(-98765432109876543210n);
// console.log of a BigInt alone, in arrays, objects, nested structures.
console.log(42n);
console.log([1n, 2n, -3n]);
console.log([1n, 1, '1', 1.5]);
console.log({ a: 1n, b: -2n, c: [3n, { d: 4n }] });
console.log({ nested: { deeper: { big: 2n ** 70n } } });
console.log([[1n, [2n, [3n]]]]);
console.log(new Map([[1n, 'one'], ['two', 2n], [3, 3n]]));
console.log(new Set([1n, 2n, 1n, 1, -1n]));
console.log({ m: new Map([[10n, [20n]]]), s: new Set([0n]) });
console.log([undefined, null, 0n, NaN, true]);
// String conversion.
console.log(String(7n), String(-7n), String(0n), String(-0n));
console.log(`value=${5n} neg=${-5n} sum=${1n + 2n}`);
console.log('s' + 10n, 10n + 's', '' + 0n, 'x' + -1n + 'y');
console.log((255n).toString(), (255n).toString(16), 1n.toString.call(99n));
console.log([1n, 2n, 3n].join('-'), [1n, 2n].toString(), String([4n, 5n]));
console.log(JSON.stringify(String(123n)));
console.log('len', String(2n ** 64n).length, String(2n ** 64n));
// console.log format directives.
console.log('%d', 42n);
console.log('%i', -42n);
console.log('%s', 42n);
console.log('%o', 42n);
console.log('%d and %i and %s', 1n, 2n, 3n);
console.log('%s!', [1n, 2n]);
console.log('%d', 12345678901234567890n);
console.log('extra', 1n, 'args', 2n);
console.log('%s', 'x', 9n);
// Printing inside objects with many keys and in arrays of arrays.
const table = [];
for (let i = 0n; i < 4n; i++) table.push([i, i * i, -i]);
console.log(table);
console.log({ zero: 0n, one: 1n, big: 10n ** 30n, neg: -(10n ** 25n) });
console.log([0x10n, 0o10n, 0b10n, 10n]);
// BigInt literals as property names: the key is the decimal string.
const keyed = { 1n: 'a', 0x10n: 'b', 2_0n: 'c' };
console.log(keyed, keyed[1], keyed[16], keyed['20'], keyed?.[1n]);
class Named { 5n() { return 'five'; } static 7n = 'seven'; }
const { 1n: fromKey } = keyed;
console.log(new Named()[5](), Named[7], fromKey);
console.log(0xFFFFFFFFFFFFFFFFFFFFn, 0b1111111111111111111111111111111111111111111111111111111111111111111n, 0o7777777777777777777777777n);
let tight=1n;tight+=2n;console.log(tight,typeof tight==='bigint');
console.log(1n
  .toString(2), 10n.toString(16), 7n.valueOf());
// More format directives: %o shows array lengths, %s of objects, missing arguments.
console.log('%d|%i|%s|%o', -0n, -(2n ** 70n), 2n ** 70n, [1n, { b: 2n }]);
console.log('%d %d', 1n);
console.log('%s', { a: 1n, b: [2n] }, '%%', 3n);
console.log('a%sb', 0n, 0n);
console.log({ aaaaaaaaaaaa: 123456789012345678901234567890n, bbbbbbbbbbbbbbbb: 1234567890123456789n });
console.log(new Map([[new Map([[1n, 2n]]), new Set([3n])]]));
