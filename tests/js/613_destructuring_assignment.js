// Destructuring in assignment expressions: existing variables, member targets, swaps, value of the expression.
let a, b, c, rest;
[a, b] = [1, 2];
console.log(a, b);
[a, b] = [b, a];
console.log(a, b);
({ a, b } = { a: 'A', b: 'B' });
console.log(a, b);
({ a: b, b: a } = { a: 'first', b: 'second' });
console.log(a, b);
[a, , b = 'def', ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
({ a, ...rest } = { a: 0, x: 1, y: 2 });
console.log(a, rest);
// Member expressions as targets.
const o = {};
const arr = [];
({ x: o.first, y: o['second'], z: arr[0] = 'zdef' } = { x: 1, y: 2 });
[arr[1], o.third] = ['arr1', 'third'];
console.log(o, arr);
// The value of an assignment expression is the right-hand side.
const src = [7, 8, 9];
const res = ([a, b] = src);
console.log(res === src, a, b);
const objSrc = { a: 'x' };
console.log(({ a } = objSrc) === objSrc, a);
// Chained destructuring assignments.
let p, q, r, s;
[p, q] = [r, s] = [3, 4];
console.log(p, q, r, s);
// Nested patterns in assignment.
({ outer: { inner: c, list: [, c2] } } = { outer: { inner: 'deep', list: [0, 'second'] } });
var c2;
console.log(c, c2);
// Rotating three values.
let x = 1, y = 2, z = 3;
[x, y, z] = [y, z, x];
console.log(x, y, z);
// Swapping array elements in place.
const list = [5, 1, 4, 2, 3];
for (let i = 0; i < list.length; i++)
  for (let j = 0; j < list.length - 1 - i; j++)
    if (list[j] > list[j + 1]) [list[j], list[j + 1]] = [list[j + 1], list[j]];
console.log(list);
// Assignment destructuring inside a function that returns multiple values.
function minmax(values) { return [Math.min(...values), Math.max(...values)]; }
let lo, hi;
[lo, hi] = minmax([4, -2, 9, 0]);
console.log(lo, hi);
// Setters are invoked by destructuring targets.
const target = { log: [], set v(val) { this.log.push('set ' + val); } };
[target.v, target.v] = ['one', 'two'];
({ k: target.v } = { k: 'three' });
console.log(target.log);
// Destructuring assignment that throws midway keeps what was already assigned.
let t1 = 'old1', t2 = 'old2';
try { ({ t1, n: { t2 } } = { t1: 'new1', n: null }); } catch (e) { console.log(e.name); }
console.log(t1, t2);
