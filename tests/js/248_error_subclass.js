// class MyError extends Error.
class MyError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'MyError';
    this.code = code;
  }
  describe() {
    return this.name + '[' + this.code + ']: ' + this.message;
  }
}
class NotFound extends MyError {
  constructor(what) {
    super(what + ' not found', 404);
    this.name = 'NotFound';
    this.what = what;
  }
}
try {
  throw new MyError('bad thing', 1);
} catch (e) {
  console.log(e.name, e.message, e.code, e.describe());
  console.log(e instanceof MyError, e instanceof Error, e instanceof TypeError);
}
try {
  throw new NotFound('page');
} catch (e) {
  console.log(e.describe(), e.what, String(e));
  console.log(e instanceof NotFound, e instanceof MyError, e instanceof Error);
}
class Plain extends Error {}
var p = new Plain('plain message');
console.log(p.name, p.message, p instanceof Plain, String(p));
class Named extends Error {
  get name() {
    return 'NamedViaGetter';
  }
}
console.log(String(new Named('n')));
function classify(e) {
  if (e instanceof NotFound) return 'notfound';
  if (e instanceof MyError) return 'myerror';
  if (e instanceof TypeError) return 'type';
  if (e instanceof Error) return 'error';
  return 'other';
}
var throwers = [
  () => { throw new NotFound('x'); },
  () => { throw new MyError('y', 2); },
  () => { throw new TypeError('z'); },
  () => { throw new Error('w'); },
  () => { throw 'str'; }
];
var counts = {};
for (var i = 0; i < 3000; i++) {
  try {
    throwers[i % throwers.length]();
  } catch (e) {
    var k = classify(e);
    counts[k] = (counts[k] || 0) + 1;
  }
}
console.log(counts);
