// The message texts of common engine errors (they match node's wording).
function msg(f) {
  try {
    f();
    return 'no error';
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
console.log(msg(function () { var u; return u.foo; }));
console.log(msg(function () { var n = null; return n.bar; }));
console.log(msg(function () { var o = {}; return o.method(); }));
console.log(msg(function () { var notFn = 5; return notFn(); }));
console.log(msg(function () { return undeclaredThing; }));
console.log(msg(function () { const c = 1; c = 2; }));
console.log(msg(function () { return new Array(-1); }));
console.log(msg(function () { return 'ab'.repeat(-1); }));
console.log(msg(function () { throw new Error('custom message'); }));
