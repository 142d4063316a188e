// for...in over an object's own enumerable keys, in insertion order.
var o = { b: 1, a: 2, c: 3 };
var keys = [];
for (var k in o) keys.push(k);
console.log(keys);
var sum = 0;
for (var key in o) sum += o[key];
console.log(sum);
o.d = 4;
delete o.a;
var k2 = [];
for (var kk in o) k2.push(kk + '=' + o[kk]);
console.log(k2.join('&'));
var empty = 0;
for (var e in {}) empty++;
console.log(empty);
// integer-like keys come first in ascending order
var mixed = { z: 1, 10: 'ten', 2: 'two', a: 2, '1': 'one' };
var mk = [];
for (var m in mixed) mk.push(m);
console.log(mk, typeof mk[0]);
// for-in over null/undefined does nothing
var n = 0;
for (var x in null) n++;
for (var y in undefined) n++;
console.log('null/undefined iterations', n);
// class instance fields enumerate; methods (on the prototype) do not
class P {
  constructor() {
    this.x = 1;
    this.y = 2;
  }
  method() {}
}
var pk = [];
for (var p in new P()) pk.push(p);
console.log(pk);
// deleting a not-yet-visited key during iteration skips it
var d = { a: 1, b: 2, c: 3 };
var visited = [];
for (var dk in d) {
  visited.push(dk);
  if (dk === 'a') delete d.c;
}
console.log(visited);
var total = 0;
var obj = { p: 1, q: 2, r: 3, s: 4 };
for (var i = 0; i < 1000; i++) {
  for (var name in obj) total += obj[name];
}
console.log(total);
