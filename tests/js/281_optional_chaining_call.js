// Optional calls: f?.() and obj.m?.().
var obj = {
  name: 'obj',
  greet() {
    return 'hi ' + this.name;
  },
  nothing: null
};
console.log(obj.greet?.(), obj.missing?.(), obj.nothing?.(), obj?.greet());
var f;
console.log(f?.(), f?.(1, 2));
var g = (x) => x * 2;
console.log(g?.(21));
var calls = 0;
function arg() {
  calls++;
  return 1;
}
console.log(f?.(arg()), calls);
console.log(g?.(arg()), calls);
// this is kept for obj.method?.()
class C {
  constructor() {
    this.v = 7;
  }
  get7() {
    return this.v;
  }
}
var c = new C();
console.log(c.get7?.(), c.nope?.(), c?.get7?.());
// calling a non-function that is not nullish still throws
try {
  var notFn = { m: 5 };
  notFn.m?.();
} catch (e) {
  console.log('caught', e.name);
}
var handlers = [null, (x) => x + 1, undefined, (x) => x * 10];
var results = [];
for (var h of handlers) results.push(h?.(5));
console.log(results);
var s = 0;
for (var i = 0; i < 3000; i++) {
  var cb = i % 2 ? g : undefined;
  s += cb?.(i) ?? 1;
}
console.log(s);
var nested = { a: { b: () => ({ c: () => 'deep' }) } };
console.log(nested.a?.b?.().c?.(), nested.x?.b().c());
