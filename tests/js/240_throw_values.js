// Any value can be thrown and caught.
var values = [42, 'a string', true, null, undefined, { code: 7 }, [1, 2], 0, NaN, -0, ''];
for (var i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    console.log(i, typeof e, e);
  }
}
function thrower(v) {
  throw v;
}
try {
  thrower({ nested: { deep: [1, { x: 'y' }] } });
} catch (obj) {
  console.log('caught object', obj, obj.nested.deep[1].x);
}
var fn = function () { return 'fn'; };
try {
  throw fn;
} catch (f) {
  console.log(typeof f, f());
}
class Custom {
  constructor(v) {
    this.v = v;
  }
}
try {
  throw new Custom(5);
} catch (c) {
  console.log(c, c instanceof Custom, c instanceof Error);
}
// throwing an expression
try {
  throw 1 + 2 * 3;
} catch (n) {
  console.log('expr', n);
}
