// Comparing BigInts with BigInts, numbers and strings; equality, truthiness, switch, sorting.
console.log(1n < 2n, 2n < 1n, 2n <= 2n, -3n > -4n, 10n ** 30n > 10n ** 29n, -(10n ** 30n) < 1n);
console.log(1n === 1n, 1n === 2n, 1n !== 1n, 0n === -0n, 2n ** 64n === 2n ** 64n);
// BigInt vs Number.
console.log(1n == 1, 1n === 1, 1 == 1n, 0n == 0, 0n == -0, 1n != 1, 1n !== 1);
console.log(1n < 1.5, 2n > 1.5, 1n <= 1, 1n < 1, 2n >= 2.0, -1n < -0.5, -1n > -1.5);
console.log(1n == 1.5, 1n < NaN, 1n > NaN, 1n == NaN, 1n <= NaN, NaN >= 1n);
console.log(1n < Infinity, 1n > -Infinity, 10n ** 400n < Infinity, -(10n ** 400n) > -Infinity, 10n ** 400n == Infinity);
// Precision: 2**53 + 1 is not a double.
const p = 2n ** 53n;
console.log(p == 2 ** 53, p + 1n == 2 ** 53 + 1, p + 1n > 2 ** 53, p + 1n < 2 ** 53 + 2, 2 ** 53 + 1 === 2 ** 53);
console.log(9007199254740993n == 9007199254740992, 9007199254740993n > 9007199254740992, 9007199254740992 < 9007199254740993n);
console.log(2n ** 64n == 18446744073709551616, 2n ** 64n - 1n == 18446744073709551616, 2n ** 64n - 1n < 18446744073709551616);
console.log(1n == 1.0000000000000002, 0n < 5e-324, 0n > -5e-324, 12345678901234567890n > 1.2345678901234567e19);
// BigInt vs String.
console.log(1n == '1', 1n === '1', '10' < 9n, '10' > 9n, 9n < '10', '0x10' == 16n, ' 12 ' == 12n);
console.log(1n == 'abc', 1n < 'abc', 1n > 'abc', 'abc' >= 1n, 1n == '', 0n == '', 0n == '  ');
console.log(1n == '1.0', 1n == '1n', 100n > '99', '-5' < -4n, '1e3' == 1000n, '0b101' == 5n);
// BigInt vs boolean, null, undefined, objects.
console.log(1n == true, 0n == false, 2n == true, 1n == null, 0n == undefined, 0n == null);
console.log(1n == [1], 1n == [1n], 2n == { valueOf() { return 2n; } }, 3n < { valueOf() { return 4; } });
// Object.is and SameValueZero.
console.log(Object.is(1n, 1n), Object.is(0n, -0n), Object.is(1n, 1), [1n, 2n].includes(2n), [0n].includes(-0n));
// Truthiness.
console.log(!!0n, !!1n, !!-1n, !0n, !5n, Boolean(0n), Boolean(10n ** 20n));
console.log(0n || 'fallback', 3n || 'fallback', 0n && 'and', 4n && 'and', 0n ?? 'nullish', null ?? 7n);
if (0n) console.log('0n truthy'); else console.log('0n falsy');
let loops = 0;
for (let v = 5n; v; v--) loops++;
console.log('loops', loops, 0n ? 'yes' : 'no', 1n ? 'yes' : 'no');
// switch uses strict equality: 1 does not match case 1n.
function kind(v) {
  switch (v) {
    case 0n: return 'zero';
    case 1n: return 'one';
    case 2n ** 64n: return 'two^64';
    case 1: return 'number one';
    default: return 'other ' + typeof v;
  }
}
console.log(kind(0n), kind(1n), kind(1), kind(2n ** 64n), kind(-0n), kind('1'));
// Sorting.
const list = [10n, -3n, 2n, 100n, 0n, 25n, -30n, 9n, 1n];
console.log(list.slice().sort());
console.log(list.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(list.slice().sort((a, b) => Number(b - a)));
console.log([3n, 1, 2n, 0.5, -1n, 2].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log([2n ** 70n, 2n ** 69n, 3n * 2n ** 68n].sort((a, b) => (a > b) - (a < b)));
// Math.max/min do not accept BigInts, but a manual reduce does.
console.log(list.reduce((m, v) => (v > m ? v : m)), list.reduce((m, v) => (v < m ? v : m)));
// Comparison results feed arithmetic on numbers.
console.log((5n > 3n) + (2n > 3n) + (1n == 1), typeof (1n < 2n));
