// Optional chaining for property access.
var o = { a: { b: { c: 42 } }, n: null, z: 0, s: '' };
console.log(o?.a?.b?.c, o.a?.b.c, o.missing?.b, o.n?.x, o.z?.toFixed, o.s?.length);
var u;
console.log(u?.x, u?.x.y.z, null?.x);
console.log(typeof u?.a);
// short-circuiting: nothing after ?. evaluates when the base is nullish
var count = 0;
function bump() {
  count++;
  return 'k';
}
var nul = null;
console.log(nul?.[bump()], count);
console.log(o?.[bump()], count);
var list = [{ name: 'a', info: { age: 1 } }, { name: 'b' }, null, { name: 'c', info: null }];
console.log(list.map((p) => p?.info?.age));
console.log(list.map((p) => p?.name ?? 'anon'));
// ?. does not protect a later plain . on a real undefined
try {
  console.log(o.a?.missing.deep);
} catch (e) {
  console.log('caught', e.name);
}
var total = 0;
for (var i = 0; i < 3000; i++) {
  var item = i % 3 === 0 ? null : { v: { w: i } };
  total += item?.v?.w ?? 0;
}
console.log(total);
console.log(o?.a, o?.['a']?.['b']);
