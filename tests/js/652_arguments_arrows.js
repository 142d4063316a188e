// Arrow functions have no arguments of their own: they see the enclosing function's.
function outer() {
  const arrow = () => arguments.length + ':' + arguments[0];
  const nested = () => () => [...arguments].join(',');
  return [arrow('ignored', 'also ignored'), nested()()];
}
console.log(outer('a', 'b', 'c'));
// A regular function inside has its own arguments.
function outer2() {
  function inner() { return arguments.length; }
  const arrow = () => arguments.length;
  return [inner(), inner(1, 2, 3, 4, 5), arrow(9, 9)];
}
console.log(outer2('x', 'y'));
// Arrow callbacks reading the outer arguments.
function scale(factor) {
  return Array.from(arguments).slice(1).map((v, i) => v * arguments[0] + i);
}
console.log(scale(10, 1, 2, 3));
// Methods with arrows inside.
class Logger {
  log() {
    const parts = [];
    const push = () => { for (let i = 0; i < arguments.length; i++) parts.push(String(arguments[i])); };
    push('not', 'these');
    return parts.join(' ');
  }
}
console.log(new Logger().log('one', 2, null));
// Arrows returned from a function keep seeing that call's arguments.
function makeGetter() { return (i) => arguments[i]; }
const g1 = makeGetter('p', 'q'), g2 = makeGetter('r');
console.log(g1(0), g1(1), g2(0), g2(1));
// An arrow with rest parameters gets its own real array.
const arrowRest = (...args) => args.length;
console.log(arrowRest(1, 2, 3), arrowRest());
// Each call has a separate arguments object.
function recurse(n) {
  if (n === 0) return [];
  const mine = arguments[0];
  return [mine, ...recurse(n - 1)].concat(arguments.length);
}
console.log(recurse(3));
// Arrow defined in a default parameter sees the function's arguments.
function withDefault(a, f = () => arguments.length) { return f(); }
console.log(withDefault(1), withDefault(1, undefined, 3));
// arguments inside a static block or field initializer arrow is not allowed, but inside methods it is:
const o = {
  run() { return [1, 2].map(() => arguments[0]).join('/'); },
};
console.log(o.run('R'));
