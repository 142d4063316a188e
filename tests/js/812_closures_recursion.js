// Closures created on every call (contexts allocated inline, one per iteration of a `let` loop),
// closures of one literal at one call site (one inlining target, each call with its own
// context), block scopes with captured bindings and a guard failing inside them, and recursive
// and mutually recursive functions inlined into themselves.
function mk(k) { let c = k; return { get: (x) => x + c, bump: () => ++c }; }
function apply(f, x) { return f(x); }
var objs = [mk(1), mk(2), mk(3)];
function counter(start) {
  let c = start;
  const fs = [];
  for (let j = 0; j < 3; j++) fs.push(() => c += j);
  let acc = 0;
  for (const f of fs) acc += f();
  return acc + c;
}
function blocks(a, x) {
  let outer = a;
  var fs = [() => outer];
  var r = 0;
  for (let j = 0; j < 2; j++) {
    let inner = j + a;
    fs.push(() => inner + j);
    r = (r + x) | 0;
    { let deeper = r; fs.push(() => deeper); r = r + x * 2; }
  }
  var s = 0;
  for (const g of fs) s += g();
  return s + outer + r;
}
function rec(n, x) { if (!(n > 0)) return x; return rec(n - 1, x + n) + 1; }
function even(n) { return n === 0 ? true : odd(n - 1); }
function odd(n) { return n === 0 ? false : even(n - 1); }
function drive() {
  var t = 0;
  for (let i = 0; i < 1100; i++) {
    t = (t + apply(objs[i % 3].get, i) + counter(i) + blocks(i, 1) + rec(i % 5, i) + (even(i % 8) ? 1 : 2)) | 0;
  }
  return t;
}
console.log(drive());
var fresh = mk(100);
console.log(apply(fresh.get, 1), apply(objs[0].get, 1));
fresh.bump(); objs[1].bump();
console.log(apply(fresh.get, 1), apply(objs[1].get, 1), apply(objs[2].get, 0.5), apply(objs[2].get, "s"));
console.log(counter(1), counter(0.5), counter("a"), counter(-0));
console.log(blocks(1, 0.5), blocks(2, "s"), blocks(3, -0));
console.log(rec(4, 0.5), rec(5, 2147483647), rec(3, "s"), rec(NaN, 1), even(10), odd(7), even(5.5 - 0.5));
