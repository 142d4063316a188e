// The arguments object in hot functions: variadic sums, forwarding, arrows reading it.
function sum() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
let total = 0;
for (let i = 0; i < 3000; i++) total += sum(i, 1) + sum() + sum(i, i, i);
console.log(total);
function forward() { return sum(...arguments); }
function forwardApply() { return sum.apply(null, arguments); }
let t2 = 0;
for (let i = 0; i < 3000; i++) t2 += forward(i % 10, 2) - forwardApply(1, i % 10);
console.log(t2);
function count() { return arguments.length; }
let shapes = 0;
for (let i = 0; i < 4000; i++) {
  switch (i % 4) {
    case 0: shapes += count(); break;
    case 1: shapes += count(1); break;
    case 2: shapes += count(1, 2); break;
    default: shapes += count(1, 2, 3, 4, 5, 6);
  }
}
console.log(shapes);
function arrowsSee() {
  const get = (k) => arguments[k];
  return get(0) * get(1);
}
let prod = 0;
for (let i = 0; i < 3000; i++) prod += arrowsSee(i, 3);
console.log(prod);
function fromArgs() { return Array.from(arguments).reduce((a, b) => a + b.length, 0); }
let lens = 0;
for (let i = 0; i < 2500; i++) lens += fromArgs('ab', 'cde', String(i));
console.log(lens);
// Type change midway: ints, then doubles, then strings.
function join() { let r = arguments[0]; for (let i = 1; i < arguments.length; i++) r = r + arguments[i]; return r; }
let last;
for (let i = 0; i < 3000; i++) last = i < 1000 ? join(i, 1, 2) : i < 2000 ? join(i / 4, 0.5) : join('s', i, '!');
console.log(last, join(1.5, 2), join('a'));
