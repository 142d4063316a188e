// finally runs on normal completion, on throw and on return.
var log = [];
function normal() {
  try {
    log.push('try');
  } finally {
    log.push('finally');
  }
  log.push('after');
}
normal();
console.log(log.join(' '));
log = [];
function withThrow() {
  try {
    log.push('try');
    throw new Error('boom');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  return 'done';
}
console.log(withThrow(), log.join(' '));
log = [];
function withReturn() {
  try {
    log.push('try');
    return 'from try';
  } finally {
    log.push('finally');
  }
}
console.log(withReturn(), log.join(' '));
log = [];
function uncaughtInside() {
  try {
    try {
      throw 'inner';
    } finally {
      log.push('inner finally');
    }
  } catch (e) {
    log.push('outer catch ' + e);
  }
}
uncaughtInside();
console.log(log.join(' | '));
// finally sees the value the try computed, but cannot change the returned primitive
function retValue() {
  var x = 1;
  try {
    x = 2;
    return x;
  } finally {
    x = 3;
  }
}
console.log(retValue());
function retObject() {
  var o = { v: 1 };
  try {
    return o;
  } finally {
    o.v = 2;
  }
}
console.log(retObject());
