// instanceof walks the prototype chain.
class A {}
class B extends A {}
class C extends B {}
var a = new A(), b = new B(), c = new C();
console.log(a instanceof A, a instanceof B, a instanceof C);
console.log(b instanceof A, b instanceof B, b instanceof C);
console.log(c instanceof A, c instanceof B, c instanceof C);
console.log(c instanceof Object, [] instanceof Array, [] instanceof Object);
console.log({} instanceof Object, {} instanceof Array);
function F() {}
var f = new F();
console.log(f instanceof F, f instanceof Object);
F.prototype = {};
console.log('after replacing prototype', f instanceof F, new F() instanceof F);
var objs = [a, b, c, f, {}, [], null, undefined, 1, 'str'];
var counts = [0, 0, 0, 0];
for (var i = 0; i < 1000; i++) {
  var o = objs[i % objs.length];
  if (o instanceof A) counts[0]++;
  if (o instanceof B) counts[1]++;
  if (o instanceof C) counts[2]++;
  if (o instanceof Object) counts[3]++;
}
console.log(counts);
try {
  console.log(a instanceof 5);
} catch (e) {
  console.log('right side not callable', e.name);
}
console.log(Object.create(B.prototype) instanceof A);
var errs = [new TypeError('t'), new RangeError('r'), new Error('e')];
for (var e of errs) {
  console.log(e.name, e instanceof Error, e instanceof TypeError, e instanceof RangeError);
}
