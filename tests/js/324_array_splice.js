// splice in all its forms: remove, insert, replace, negative start, return value.
var a = [0, 1, 2, 3, 4, 5];
var r = a.splice(2);
console.log(r, a);
a = [0, 1, 2, 3, 4, 5];
r = a.splice(1, 2);
console.log(r, a);
a = [0, 1, 2, 3];
r = a.splice(1, 0, 'x', 'y');
console.log(r, a);
a = [0, 1, 2, 3];
r = a.splice(1, 2, 'a', 'b', 'c');
console.log(r, a);
a = [0, 1, 2, 3, 4];
r = a.splice(-2, 1);
console.log(r, a);
a = [0, 1, 2, 3, 4];
r = a.splice(-10, 2);
console.log(r, a);
a = [0, 1, 2];
r = a.splice(10, 1, 'end');
console.log(r, a);
a = [0, 1, 2];
r = a.splice(1, -5, 'neg');
console.log(r, a);
a = [0, 1, 2];
r = a.splice(0, 100);
console.log(r, a, a.length);
a = [0, 1, 2];
r = a.splice();
console.log(r, a);
a = [0, 1, 2];
r = a.splice(undefined, 1);
console.log(r, a);
a = [0, 1, 2, 3];
r = a.splice(1, undefined);
console.log(r, a);
a = [0, 1, 2, 3];
r = a.splice(1.9, 1.9);
console.log(r, a);
// removing while iterating backwards
var nums = [];
for (var i = 0; i < 20; i++) nums.push(i);
for (var j = nums.length - 1; j >= 0; j--) if (nums[j] % 3 === 0) nums.splice(j, 1);
console.log(nums);
// a queue with splice in a loop
var q = [];
var out = 0;
for (var k = 0; k < 2000; k++) {
  q.splice(q.length, 0, k);
  if (q.length > 10) out += q.splice(0, 1)[0];
}
console.log(out, q.length, q[0]);
