// Nested try blocks, rethrowing, and wrapping errors.
function level3(x) {
  if (x < 0) throw new RangeError('negative: ' + x);
  if (x === 0) throw new TypeError('zero');
  return 100 / x;
}
function level2(x) {
  try {
    return level3(x);
  } catch (e) {
    if (e instanceof TypeError) return 'handled at level2';
    throw e;
  }
}
function level1(x) {
  try {
    return level2(x);
  } catch (e) {
    return 'level1 caught ' + e.name + ': ' + e.message;
  }
}
console.log(level1(4), level1(0), level1(-2));
var log = [];
try {
  try {
    try {
      throw new Error('deep');
    } catch (e) {
      log.push('c1:' + e.message);
      throw new Error(e.message + '+1');
    } finally {
      log.push('f1');
    }
  } catch (e) {
    log.push('c2:' + e.message);
    throw e;
  } finally {
    log.push('f2');
  }
} catch (e) {
  log.push('c3:' + e.message);
}
console.log(log);
class WrappedError extends Error {
  constructor(msg, inner) {
    super(msg);
    this.name = 'WrappedError';
    this.inner = inner;
  }
}
function load() {
  try {
    JSON.parse('{oops');
  } catch (e) {
    throw new WrappedError('load failed', e);
  }
}
try {
  load();
} catch (e) {
  console.log(e.name, e.message, e.inner.name, e instanceof WrappedError, e instanceof Error);
}
// try inside catch
try {
  throw 1;
} catch (a) {
  try {
    throw a + 1;
  } catch (b) {
    console.log('inner got', b, 'outer still', a);
  }
}
