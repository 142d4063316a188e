'use strict';
// delete of a frozen object's property throws TypeError in strict code; ordinary delete works.
var o = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o);
var f = Object.freeze({ a: 1, b: 2 });
try {
  delete f.a;
  console.log('deleted');
} catch (e) {
  console.log('caught', e.name, e instanceof TypeError);
}
console.log(f, Object.keys(f));
console.log(delete o.missing, o);
var arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length);
var farr = Object.freeze([4, 5]);
try {
  delete farr[0];
} catch (e) {
  console.log('array', e.name);
}
console.log(farr);
