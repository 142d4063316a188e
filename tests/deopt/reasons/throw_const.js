// expect-deopt: throws (handled by the interpreter)
// expect-error: TypeError
// Assigning to a const always throws: optimized code deopts and the interpreter throws.
function f(flag) {
  const c = 1;
  if (flag) c = 2;
  return c;
}
var s = 0;
for (var i = 0; i < 200; i++) s += f(false);
console.log(s);
console.log(f(true));
