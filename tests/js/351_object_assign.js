// Object.assign copies own enumerable properties left to right.
var target = { a: 1 };
var ret = Object.assign(target, { b: 2 }, { c: 3, a: 'overwritten' });
console.log(ret, ret === target);
console.log(Object.assign({}, null, undefined, { x: 1 }), Object.assign({}, 'ab'), Object.assign({}, [5, 6]));
var nested = { inner: { v: 1 } };
var copy = Object.assign({}, nested);
copy.inner.v = 99;
console.log(nested.inner.v, copy.inner === nested.inner);
var proto = { inherited: true };
var src = Object.create(proto);
src.own = 'yes';
console.log(Object.assign({}, src));
var defaults = { color: 'red', size: 'M', tags: [] };
function configure(opts) {
  return Object.assign({}, defaults, opts);
}
console.log(configure({ size: 'L' }), configure({}), configure({ extra: 1, color: undefined }));
class P {
  constructor() {
    this.x = 1;
  }
}
var p = Object.assign(new P(), { y: 2 });
console.log(p, p instanceof P);
var arr = Object.assign([1, 2, 3], [9]);
console.log(arr);
var frozen = Object.freeze({ k: 1 });
try {
  Object.assign(frozen, { k: 2 });
} catch (e) {
  console.log('assign to frozen', e.name);
}
console.log(frozen);
var acc = {};
for (var i = 0; i < 500; i++) Object.assign(acc, { k: i });
console.log(acc);
