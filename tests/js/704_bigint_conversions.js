// Converting to and from BigInt: BigInt(), Number(), parseInt/parseFloat, toString(radix), asIntN/asUintN.
function show(f) {
  try { const v = f(); return typeof v + ' ' + String(v); } catch (e) { return e.name + ': ' + e.message; }
}
console.log(BigInt(0), BigInt(42), BigInt(-7), BigInt(-0), BigInt(1e21), BigInt(2 ** 53), BigInt(Number.MAX_SAFE_INTEGER));
console.log(BigInt(true), BigInt(false), BigInt(10n), BigInt(1.0), BigInt(-1e3));
console.log(BigInt(Number.MAX_VALUE) > 10n ** 307n, String(BigInt(2 ** 64)), BigInt(0.0), typeof BigInt(5));
// String forms.
const strings = ['123', '-12', '+12', '  42  ', '\n\t7\n', '', '   ', '0x10', '0X1f', '0o17', '0b101', '00012',
  '-0', '1_000', '1.5', '1e3', '12n', 'abc', '0x', '-0x10', '9007199254740993', ' -99999999999999999999 ', 'Infinity'];
for (const s of strings) console.log(JSON.stringify(s), '->', show(() => BigInt(s)));
// Number(big) rounds to the nearest double.
console.log(Number(0n), Number(-5n), Number(2n ** 53n + 1n), Number(2n ** 53n + 3n), Number(2n ** 64n));
console.log(Number(10n ** 400n), Number(-(10n ** 400n)), Number(12345678901234567890n), Number(-0n));
console.log(Number(2n ** 1023n * 2n - 1n) === Number.MAX_VALUE, Number(2n ** 1024n), Number(2n ** 1024n - 2n ** 970n));
console.log(Number(2n ** 1024n - 2n ** 970n - 1n) === Number.MAX_VALUE, Number(-(2n ** 1024n) + 2n ** 970n + 1n) === -Number.MAX_VALUE, Number(2n ** 1024n - 2n ** 970n - 1n));
console.log(parseInt(123n), parseInt(-45n), parseFloat(99n), parseInt(2n ** 70n), parseInt('77n'), parseFloat('1.5n'));
console.log(parseInt(255n, 16), Number.isInteger(Number(5n)), Number.isSafeInteger(Number(2n ** 60n)));
// toString in every radix.
const v = 123456789n, w = -255n;
const radixLines = [];
for (let r = 2; r <= 36; r++) radixLines.push(r + ':' + v.toString(r) + '/' + w.toString(r));
console.log(radixLines.join(' '));
console.log((2n ** 100n).toString(36), (2n ** 64n - 1n).toString(16), (0n).toString(2), (-(2n ** 70n)).toString(32));
console.log((1234567n).toLocaleString(), (-1234567890123n).toLocaleString(), (12n).toLocaleString(), (0n).toLocaleString());
console.log((5n).valueOf(), typeof (5n).valueOf(), (7n).toString() === '7', 10n.toString(2));
// asIntN / asUintN.
const inputs = [0n, 1n, -1n, 127n, 128n, 255n, 256n, -128n, -129n, 2n ** 63n, 2n ** 64n - 1n, -(2n ** 63n), 2n ** 64n + 5n];
for (const x of inputs) {
  console.log(String(x).padStart(21), BigInt.asIntN(0, x), BigInt.asIntN(1, x), BigInt.asIntN(8, x), BigInt.asIntN(64, x),
    '|', BigInt.asUintN(0, x), BigInt.asUintN(1, x), BigInt.asUintN(8, x), BigInt.asUintN(64, x));
}
console.log(BigInt.asUintN(200, -1n) === 2n ** 200n - 1n, BigInt.asIntN(200, 2n ** 199n) === -(2n ** 199n));
console.log(BigInt.asIntN(32, 0xFFFFFFFFn), BigInt.asUintN(32, -1n), BigInt.asIntN('16', 40000n), BigInt.asUintN(3.9, 15n));
// BigInts as property keys and array indices.
const obj = {};
obj[5n] = 'five';
obj[2n ** 64n] = 'huge';
obj[-1n] = 'minus';
console.log(obj, obj['5'], obj[5], Object.keys(obj), 5n in obj, '18446744073709551616' in obj);
const arr = ['a', 'b', 'c'];
console.log(arr[1n], arr[0n], arr[3n], arr[-1n]);
arr[3n] = 'd';
console.log(arr, arr.length);
const m = {};
for (let i = 0n; i < 3n; i++) m[i] = i * 10n;
console.log(m, JSON.stringify(Object.keys(m)));
// Implicit conversions that are allowed.
console.log(`${2n ** 10n}`, [10n] + '', 1n + '' === '1', String(-0n) === '0');
// Objects convert through valueOf/toString before BigInt arithmetic.
console.log(1n + { valueOf() { return 2n; } }, 3n * { valueOf() { return 2n; } }, 1n + {}, 1n < { valueOf: () => 2n }, '1' + 1n + 1, 1n + 1n + '1');
console.log(BigInt(' 0x10 '), BigInt('\u00a0 5\ufeff'), (255n).toString('16'), (255n).toString(undefined), (255n).toString(16.9));
// The BigInt function and its prototype.
console.log(BigInt, BigInt.prototype, BigInt.asIntN, BigInt.name, BigInt.length, typeof BigInt, BigInt.asUintN.length);
console.log(Object.prototype.toString.call(1n), Object.prototype.toString.call(BigInt.prototype), (5n).constructor === BigInt);
console.log(Object.getOwnPropertyNames(BigInt.prototype), Object.getOwnPropertyNames(BigInt), (1n).toString.name);
