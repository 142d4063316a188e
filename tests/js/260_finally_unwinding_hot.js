// Exceptions unwinding through several frames that each have finally blocks, many times.
var finallyCount = 0;
var depthSeen = 0;
function level(n, failAt) {
  try {
    if (n === failAt) throw new RangeError('fail at ' + n);
    if (n === 0) return 1;
    return level(n - 1, failAt) + 1;
  } finally {
    finallyCount++;
  }
}
var ok = 0, failed = 0, lastMessage = '';
for (var i = 0; i < 2000; i++) {
  try {
    ok += level(5, i % 7 === 0 ? i % 5 : -1);
  } catch (e) {
    failed++;
    lastMessage = e.message;
  }
}
console.log(ok, failed, finallyCount, lastMessage);
function withCatchAndRethrow(n) {
  try {
    if (n % 3 === 0) throw n;
    return n;
  } catch (v) {
    depthSeen++;
    throw new Error('wrapped ' + v);
  } finally {
    finallyCount--;
  }
}
var wrapped = 0;
for (var k = 0; k < 3000; k++) {
  try {
    withCatchAndRethrow(k);
  } catch (e) {
    if (e.message === 'wrapped ' + k) wrapped++;
  }
}
console.log(wrapped, depthSeen, finallyCount);
var log = [];
function a() {
  try {
    b();
  } finally {
    log.push('a');
  }
}
function b() {
  try {
    c();
  } finally {
    log.push('b');
  }
}
function c() {
  try {
    throw new TypeError('from c');
  } finally {
    log.push('c');
  }
}
try {
  a();
} catch (e) {
  log.push(e.name + ': ' + e.message);
}
console.log(log);
