// catch without a binding (optional catch binding).
function safeParse(s) {
  try {
    return JSON.parse(s);
  } catch {
    return 'invalid';
  }
}
console.log(safeParse('[1,2]'), safeParse('{bad'), safeParse('"ok"'));
var flag = 'unset';
try {
  null.x;
} catch {
  flag = 'caught without binding';
}
console.log(flag);
var attempts = 0;
for (var i = 0; i < 10; i++) {
  try {
    if (i % 3 === 0) throw i;
    attempts += 1;
  } catch {
    attempts += 100;
  }
}
console.log(attempts);
try {
  throw new Error('ignored');
} catch {
  console.log('no binding, but body runs');
} finally {
  console.log('finally after catch');
}
// catch parameter shadows an outer variable only inside the catch block
var e = 'outer';
try {
  throw 'inner';
} catch (e) {
  console.log('inside', e);
}
console.log('outside', e);
