// Array patterns: holes, defaults, rest, nesting, and any iterable on the right.
const pair = [1, 2];
let [a, b] = pair;
console.log(a, b);
const [, second] = ['skip', 'take'];
const [, , third, , fifth] = [1, 2, 3, 4, 5, 6];
console.log(second, third, fifth);
const [h, ...t] = [10, 20, 30, 40];
console.log(h, t, Array.isArray(t));
const [only, ...none] = [1];
console.log(only, none);
const [x = 'dx', y = 'dy', z = 'dz'] = [undefined, null];
console.log(x, y, z);
const [[n1, n2], [n3, [n4]]] = [[1, 2], [3, [4]]];
console.log(n1, n2, n3, n4);
const [{ name }, [first = 'f'] = []] = [{ name: 'obj' }];
console.log(name, first);
// Defaults referring to earlier elements.
const [m = 1, k = m + 1, j = k * 10] = [5];
console.log(m, k, j);
// Strings, Sets and Maps are iterables.
const [c1, c2, ...cRest] = 'hello';
console.log(c1, c2, cRest);
const [s1, s2] = new Set(['x', 'y', 'z']);
console.log(s1, s2);
const [[mk, mv], second2] = new Map([['k1', 'v1'], ['k2', 'v2']]);
console.log(mk, mv, second2);
// Holes in the source read as undefined and take defaults.
const sparse = [1, , 3];
const [sp1, sp2 = 'hole', sp3] = sparse;
console.log(sp1, sp2, sp3);
// Fewer elements than bindings.
var [u1, u2, u3] = [];
console.log(u1, u2, u3);
// Rest of an empty tail and nested rest.
const [r0, ...[r1, r2]] = [0, 1, 2, 3];
console.log(r0, r1, r2);
// Default expressions are evaluated only when needed.
let evaluated = 0;
function dflt(v) { evaluated++; return v; }
const [e1 = dflt('A'), e2 = dflt('B')] = ['given'];
console.log(e1, e2, evaluated);
// Non-iterables throw TypeError.
for (const bad of [null, undefined, 5, {}]) {
  try {
    const [q] = bad;
    console.log('no error', q);
  } catch (err) {
    console.log(typeof bad, err.name);
  }
}
// Swapping through let and array patterns in a loop.
let fa = 0, fb = 1;
for (let i = 0; i < 10; i++) [fa, fb] = [fb, fa + fb];
console.log(fa, fb);
