// Destructuring assignment with defaults on nested patterns (`[a] = []`, `{ b } = {}` as targets).
let c, c2, d, e;
({ outer: { inner: c, list: [, c2] = [0, 'fallback'] } } = { outer: { inner: 'deep' } });
console.log(c, c2);
[[d = 'd0'] = [], { e = 'e0' } = {}] = [];
console.log(d, e);
[[d = 'd0'] = [], { e = 'e0' } = {}] = [['given'], { e: 'also' }];
console.log(d, e);
const o = {};
({ a: { x: o.x = 'ox' } = {}, b: [o.y = 'oy'] = [] } = { b: [undefined] });
console.log(o);
let n = 0;
for (let i = 0; i < 3000; i++) {
  let p, q;
  [[p = i] = [], { q = 1 } = {}] = i % 2 ? [] : [[2], { q: 3 }];
  n += p * q;
}
console.log(n);
