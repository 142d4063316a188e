// delete removes own properties and leaves holes in arrays.
var o = { a: 1, b: 2, c: 3 };
console.log(delete o.a, o, 'a' in o, o.a);
console.log(delete o['b'], o);
console.log(delete o.notThere, o);
var key = 'c';
console.log(delete o[key], o, Object.keys(o));
var arr = [1, 2, 3, 4];
console.log(delete arr[1], arr, arr.length, 1 in arr, arr[1]);
console.log(delete arr[10], arr.length);
var proto = { shared: 'p' };
var child = Object.create(proto);
child.shared = 'own';
console.log(child.shared, delete child.shared, child.shared);
console.log(delete child.shared, child.shared);
// delete on non-objects returns true
console.log(delete 5, delete 'str'.length);
var x = { n: 1 };
for (var i = 0; i < 3; i++) {
  x['k' + i] = i;
}
delete x.k1;
x.k1 = 'back';
console.log(x, Object.keys(x));
var built = {};
for (var j = 0; j < 2000; j++) {
  built['p' + (j % 10)] = j;
  if (j % 3 === 0) delete built['p' + (j % 7)];
}
console.log(built);
