// RangeErrors raised by built-ins.
function tryIt(label, f) {
  try {
    var r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e instanceof RangeError);
  }
}
tryIt('new Array(-1)', () => new Array(-1));
tryIt('new Array(1.5)', () => new Array(1.5));
tryIt('new Array(3)', () => new Array(3).length);
tryIt('repeat(-1)', () => 'a'.repeat(-1));
tryIt('repeat(Infinity)', () => 'a'.repeat(Infinity));
tryIt('repeat(0)', () => 'a'.repeat(0));
tryIt('toFixed(101)', () => (1).toFixed(101));
tryIt('toFixed(100)', () => (1).toFixed(100).length);
tryIt('toString(1)', () => (10).toString(1));
tryIt('toString(37)', () => (10).toString(37));
tryIt('toString(36)', () => (35).toString(36));
function deep(n) {
  return n === 0 ? 0 : 1 + deep(n - 1);
}
tryIt('deep(200)', () => deep(200));
