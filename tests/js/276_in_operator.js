// The `in` operator: own and inherited keys, arrays, holes.
var o = { a: 1, b: undefined };
console.log('a' in o, 'b' in o, 'c' in o, 'toString' in o, 'hasOwnProperty' in o);
var arr = [10, 20, 30, 40];
delete arr[2];
console.log(0 in arr, '1' in arr, 2 in arr, 3 in arr, 4 in arr, 'length' in arr);
delete o.a;
console.log('a' in o);
var proto = { inherited: true };
var child = Object.create(proto);
child.own = 1;
console.log('inherited' in child, 'own' in child, child.hasOwnProperty('inherited'));
class K {
  constructor() {
    this.field = 1;
  }
  method() {}
  static s() {}
}
var k = new K();
console.log('field' in k, 'method' in k, 's' in k, 's' in K);
var m = new Map([['key', 1]]);
console.log('key' in m, 'size' in m, 'get' in m);
try {
  console.log('x' in 'a string');
} catch (e) {
  console.log('in on a primitive', e.name);
}
try {
  console.log('x' in undefined);
} catch (e) {
  console.log('in on undefined', e.name);
}
var count = 0;
var probe = { p0: 0, p2: 0, p4: 0 };
for (var i = 0; i < 3000; i++) {
  if (('p' + (i % 6)) in probe) count++;
}
console.log(count);
console.log(!('z' in o), 1 in [1], '0' in { 0: 'zero' });
