// expect-deopt: insufficient type feedback
// A branch the interpreter never took has no feedback: the optimized code deopts there.
function f(x) {
  if (x > 1000) return x * 2 + 1;
  return x;
}
var s = 0;
for (var i = 0; i < 200; i++) s += f(i);
console.log(s);
console.log(f(5000));
