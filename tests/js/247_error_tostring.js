// String(e), e.toString() and '' + e for errors.
var list = [
  new Error('message one'),
  new TypeError('type problem'),
  new RangeError('range problem'),
  new SyntaxError('syntax problem'),
  new ReferenceError('ref problem'),
  new Error(''),
  new TypeError()
];
for (var e of list) {
  console.log(String(e), '|', e.toString(), '|', '' + e, '|', `${e}`);
}
var custom = new Error('msg');
custom.name = '';
console.log(String(custom));
custom.name = 'Named';
custom.message = '';
console.log(String(custom));
class AppError extends Error {
  constructor(m) {
    super(m);
    this.name = 'AppError';
  }
}
console.log(String(new AppError('app failed')), 'x' + new AppError('y'));
try {
  undefined.prop;
} catch (err) {
  console.log(String(err).slice(0, 9));
  console.log(err.toString().indexOf('TypeError: ') === 0);
}
console.log([new Error('in array')].join(';'));
console.log(String(new Error('a')) === new Error('a').toString());
