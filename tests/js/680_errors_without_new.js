// Error constructors called without `new` behave like with `new`.
const ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const C of ctors) {
  const a = C('msg ' + C.name), b = new C('msg ' + C.name);
  console.log(C.name, a.name, a.message, a instanceof C, a instanceof Error, String(a), Object.getPrototypeOf(a) === Object.getPrototypeOf(b));
}
const e0 = Error();
console.log(JSON.stringify(e0.message), String(e0), Error(undefined).message === '', 'message' in e0, e0.hasOwnProperty('message'));
console.log(Error(42).message, typeof Error(42).message, Error(null).message, TypeError({ toString() { return 'obj msg'; } }).message);
// Thrown without new and caught.
function check(v) {
  if (typeof v !== 'number') throw TypeError('expected a number, got ' + typeof v);
  if (v < 0) throw RangeError('negative: ' + v);
  return Math.sqrt(v);
}
for (const v of [16, -4, 'x']) {
  try { console.log(check(v)); } catch (e) { console.log(e.name + ': ' + e.message, e instanceof TypeError, e instanceof RangeError); }
}
// Error with a cause option.
const withCause = Error('outer', { cause: 'inner reason' });
console.log(withCause.message, withCause.cause, new Error('x', { cause: withCause }).cause.message, 'cause' in Error('no cause'));
// Errors are objects: extra properties can be added.
const custom = TypeError('bad input');
custom.code = 'E_BAD';
console.log(custom.code, Object.keys(custom), custom.toString());
// name and message can be overridden.
const renamed = Error('hi');
renamed.name = 'MyName';
console.log(String(renamed), renamed + '', `${renamed}`);
const noMsg = RangeError();
console.log(String(noMsg), noMsg.message === '');
// The constructors as values.
const pick = (kind) => ({ type: TypeError, range: RangeError })[kind] || Error;
console.log(pick('type')('t').name, pick('range')('r').name, pick('other')('o').name);
console.log(typeof Error, Error.length, TypeError.length, Error.name, Object.getPrototypeOf(TypeError) === Error);
console.log(Error.prototype.name, TypeError.prototype.name, Error.prototype.message === '', TypeError.prototype instanceof Error);
// Creating and throwing errors without new in a hot loop.
let caught = 0, lengths = 0;
for (let i = 0; i < 3000; i++) {
  try {
    if (i % 3 === 0) throw Error('e' + i);
    if (i % 3 === 1) throw TypeError('t' + i);
    throw RangeError('r' + i);
  } catch (e) {
    caught++;
    lengths += e.message.length + e.name.length;
  }
}
console.log(caught, lengths);
