// Hex, octal and binary literals (both prefix cases), numeric separators and exponents.
console.log(0xff, 0XFF, 0xDeadBeef, 0x0, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000);
console.log(0o17, 0O17, 0o0, 0o777, 0o10000000000);
console.log(0b101, 0B101, 0b0, 0b11111111, 0b1111111111111111111111111111111111111111111111111111);
console.log(1_000_000, 0xff_ff, 0b1010_1010, 0o7_7, 1_0.5_5, 1e1_0, 0.000_001);
console.log(1e3, 1E3, 1e+3, 1e-3, 2.5e-7, 1.5E10, 5e-324, 1e21, 1e-7, 123e-2);
console.log(.5, 5., 0.1 + 0.2, 1.0, -0.0, 00, 1.5e308 * 10);
console.log(0x1fffffffffffff, 0x20000000000000 + 1, 0xfffffffffffffffff);
// Radix literals in arithmetic and comparisons.
console.log(0xff + 0o17 + 0b101, 0x10 * 0b10, 0xff === 255, 0o10 === 8, 0b1_0 === 2);
console.log((0xff).toString(2), (0o777).toString(16), (0b1111).toString(8), 255..toString(16));
console.log(typeof 0x1, typeof 1_0, 0x10.toString(), 1e2.toFixed(1));
// Bitwise ops on hex masks.
const flags = 0b0110;
console.log(flags & 0x2, flags | 0o1, flags ^ 0xf, ~0x0, 0xff << 4, 0xf0 >> 4, -0x10 >>> 28);
// Property keys written as numeric literals are normalized.
const o = { 0x10: 'hex', 0o7: 'oct', 0b11: 'bin', 1_0: 'sep', 1e2: 'exp', .5: 'half' };
console.log(Object.keys(o), o[16], o['7'], o[3], o[10], o[100], o['0.5']);
// Literals in a hot loop.
let acc = 0;
for (let i = 0; i < 3000; i++) acc = (acc + (i & 0xff) * 0b11 + 0o7) % 1_000_003;
console.log(acc);
// Large and tiny literals round to doubles.
console.log(9007199254740993, 0.1e-1_0, 1_7976931348623157e292, 2e-324, 3e-324);
// Number() parses prefixed strings but not separators.
console.log(Number('0xff'), Number('0o17'), Number('0b101'), Number('1_000'), Number('  0x10  '), Number('-0x10'));
console.log(parseInt('0xff'), parseInt('0o17'), parseInt('0b101'), parseInt('1_000'), parseFloat('1e3'));
