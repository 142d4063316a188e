// Built-in error constructors: .name, .message, instanceof.
var errors = [
  new Error('plain'),
  new TypeError('bad type'),
  new RangeError('out of range'),
  new SyntaxError('bad syntax'),
  new ReferenceError('bad ref'),
  new Error(),
  Error('called without new'),
  TypeError('t without new')
];
for (var i = 0; i < errors.length; i++) {
  var e = errors[i];
  console.log(i, e.name, JSON.stringify(e.message), e instanceof Error, e instanceof TypeError,
    e instanceof RangeError, e instanceof SyntaxError, e instanceof ReferenceError);
}
console.log(typeof new Error('x'), typeof Error);
var n = new Error(42);
console.log(n.message, typeof n.message);
var u = new Error(undefined);
console.log(JSON.stringify(u.message), u.message === '');
var e2 = new Error('changeable');
e2.message = 'changed';
e2.name = 'Custom';
console.log(e2.message, e2.name, String(e2));
console.log(Object.keys(new Error('k')));
var withProps = new TypeError('props');
withProps.code = 'E_CODE';
withProps.details = [1, 2];
console.log(withProps.code, withProps.details, Object.keys(withProps));
