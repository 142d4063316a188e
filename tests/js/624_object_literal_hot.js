// Object literals with shorthand, methods, computed keys and accessors created in hot code.
function makeVec(x, y) {
  return {
    x, y,
    get len2() { return x * x + y * y; },
    plus(o) { return makeVec(this.x + o.x, this.y + o.y); },
    ['tag' + (x % 2)]: true,
  };
}
let v = makeVec(0, 0), evens = 0;
for (let i = 0; i < 3000; i++) {
  const w = makeVec(i % 4, 1);
  if (w.tag0) evens++;
  v = v.plus(w);
}
console.log(v.x, v.y, v.len2, evens);
// Literal shapes built from computed keys in different orders.
const keys = ['a', 'b', 'c'];
let sum = 0;
for (let i = 0; i < 3000; i++) {
  const k1 = keys[i % 3], k2 = keys[(i + 1) % 3];
  const o = { [k1]: i, [k2]: 1, ...(i % 2 ? { extra: 2 } : {}) };
  sum += o[k1] + o[k2] + (o.extra || 0);
}
console.log(sum);
// Objects with setters that keep invariants.
function makeAccount() {
  let balance = 0;
  return {
    get balance() { return balance; },
    set balance(v) { if (v < 0) throw new RangeError('negative'); balance = v; },
    deposit(n) { this.balance += n; return this; },
  };
}
const acct = makeAccount();
let refused = 0;
for (let i = 0; i < 2500; i++) {
  try {
    acct.deposit(i % 10 === 9 ? -1000 : 3);
  } catch (e) {
    if (e instanceof RangeError) refused++;
  }
}
console.log(acct.balance, refused);
