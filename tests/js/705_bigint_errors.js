// Errors BigInt operations raise, caught and printed as name and message (V8's wording).
function msg(f) {
  try {
    const v = f();
    return 'no error: ' + typeof v + ' ' + String(v);
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
const one = 1n, num = 1;
// Mixing BigInt and Number in arithmetic.
console.log(msg(() => one + num));
console.log(msg(() => num + one));
console.log(msg(() => one - 1));
console.log(msg(() => one * 2.5));
console.log(msg(() => one / 1));
console.log(msg(() => one % 1));
console.log(msg(() => one ** 2));
console.log(msg(() => 2 ** one));
console.log(msg(() => one & 1));
console.log(msg(() => one | 1));
console.log(msg(() => one ^ 1));
console.log(msg(() => one << 1));
console.log(msg(() => one >> 1));
console.log(msg(() => one + undefined));
console.log(msg(() => one + null));
console.log(msg(() => one + true));
console.log(msg(() => one + [2n]));
console.log(msg(() => { let x = 1n; x += 1; return x; }));
console.log(msg(() => { let x = 5; x *= 2n; return x; }));
console.log(msg(() => Math.abs(-1n)));
console.log(msg(() => Math.max(1n, 2n)));
console.log(msg(() => Math.sqrt(4n)));
// Operators BigInt does not have.
console.log(msg(() => +one));
console.log(msg(() => one >>> 0n));
console.log(msg(() => { let x = 4n; x >>>= 1n; return x; }));
console.log(msg(() => Number.isNaN(+5n)));
// Division and modulo by zero, negative exponent.
console.log(msg(() => one / 0n));
console.log(msg(() => one % 0n));
console.log(msg(() => 0n / 0n));
console.log(msg(() => { let x = 10n; x /= 0n; return x; }));
console.log(msg(() => 2n ** -1n));
console.log(msg(() => 0n ** -1n));
console.log(msg(() => (-1n) ** -5n));
console.log(msg(() => 2n ** 100000000000n));
console.log(msg(() => 1n << 100000000000n));
console.log(msg(() => 1n >> -100000000000n));
console.log(msg(() => 1n >> 100000000000n));
console.log(msg(() => -1n >> 100000000000n));
// The BigInt function.
console.log(msg(() => BigInt(1.5)));
console.log(msg(() => BigInt(-0.1)));
console.log(msg(() => BigInt(NaN)));
console.log(msg(() => BigInt(Infinity)));
console.log(msg(() => BigInt(1e-7)));
console.log(msg(() => BigInt('1.5')));
console.log(msg(() => BigInt('12px')));
console.log(msg(() => BigInt(undefined)));
console.log(msg(() => BigInt(null)));
console.log(msg(() => BigInt()));
console.log(msg(() => BigInt({})));
console.log(msg(() => BigInt([])));
console.log(msg(() => BigInt([7])));
console.log(msg(() => new BigInt(1)));
// Methods.
console.log(msg(() => (10n).toString(1)));
console.log(msg(() => (10n).toString(37)));
console.log(msg(() => (10n).toString(0)));
console.log(msg(() => BigInt.asIntN(-1, 5n)));
console.log(msg(() => BigInt.asUintN(-1, 5n)));
console.log(msg(() => BigInt.asIntN(8, 5)));
console.log(msg(() => BigInt.asUintN(8, '300')));
console.log(msg(() => BigInt.prototype.toString.call(5)));
console.log(msg(() => BigInt.prototype.valueOf.call('x')));
// BigInts where library functions expect numbers.
console.log(msg(() => 'abc'.repeat(2n)));
console.log(msg(() => [1, 2, 3].slice(1n)));
console.log(msg(() => isNaN(1n)));
console.log(msg(() => Number.isNaN(1n)));
console.log(msg(() => String.fromCharCode(65n)));
console.log(msg(() => new Array(3n).length));
console.log(msg(() => { const a = [1, 2, 3]; a.length = 2n; return a.length; }));
console.log(msg(() => Number.prototype.toString.call(1n)));
console.log(msg(() => 1n * { valueOf() { return 2; } }));
console.log(msg(() => 1n in 'ab'));
console.log(msg(() => { 'use strict'; const x = 5n; x.foo = 1; }));
console.log(msg(() => { const x = 5n; x.foo = 1; return x.foo; }));
console.log(msg(() => { const c = 1n; c++; }));
// JSON cannot serialize BigInts without toJSON.
console.log(msg(() => JSON.stringify(1n)));
console.log(msg(() => JSON.stringify({ a: 1n })));
console.log(msg(() => JSON.stringify([1, 2n])));
console.log(msg(() => JSON.stringify({ deep: { er: [0n] } })));
// Errors are the right constructors.
try { one + num; } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError); }
try { one / 0n; } catch (e) { console.log(e instanceof RangeError, String(e)); }
try { BigInt('nope'); } catch (e) { console.log(e instanceof SyntaxError, '' + e); }
