// Assigning to length truncates the array or grows it with holes.
const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a.length, a[3], 3 in a);
a.length = 6;
console.log(a, a.length, a[4], 4 in a, Object.keys(a));
a[7] = 'end';
console.log(a, a.length);
a.length = 0;
console.log(a, a.length, a[0]);
// Truncating then pushing.
const b = ['x', 'y', 'z'];
b.length = 1;
b.push('w');
console.log(b);
// Growing with holes: methods skip or visit holes differently.
const h = [1, 2];
h.length = 5;
h[3] = 4;
console.log(h, h.indexOf(undefined), h.includes(undefined), h.map(x => x * 2), h.filter(() => true));
let visited = 0;
h.forEach(() => visited++);
console.log(visited, h.join('-'), String(h), JSON.stringify(h));
// Writing past the end grows length.
const c = [];
c[2] = 'two';
console.log(c, c.length);
c[9] = 'nine';
console.log(c.length, c.filter(x => x !== undefined));
// length as an assignment target in expressions and compound assignment.
const d = [1, 2, 3, 4];
d.length -= 1;
console.log(d, (d.length = 1), d);
d.length++;
console.log(d);
// Invalid lengths throw RangeError.
for (const bad of [-1, 1.5, 2 ** 32, NaN]) {
  try { const e = []; e.length = bad; console.log('ok', e.length); } catch (err) { console.log(String(bad), err.name); }
}
// String lengths that are numbers are accepted.
const f = [1, 2, 3];
f.length = '2';
console.log(f);
// A hot loop alternating push and truncation.
const stack = [];
let maxLen = 0;
for (let i = 0; i < 3000; i++) {
  stack.push(i);
  if (i % 7 === 6) stack.length = stack.length - 3;
  if (stack.length > maxLen) maxLen = stack.length;
}
console.log(stack.length, maxLen, stack[stack.length - 1], stack.slice(0, 5));
// Holes printed in several places.
const holes = [, 'a', , , 'b', ,];
console.log(holes, holes.length, [,].length, [, ,].length);
console.log(Array(3), new Array(2).concat([1]), [...Array(2)]);
