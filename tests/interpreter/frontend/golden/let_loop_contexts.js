// A captured `let` in a for head gets a fresh context copy per iteration (CloneContext).
var fns = [];
function collect(n) {
  for (let i = 0; i < n; i++) {
    fns.push(function () { return i; });
  }
  return fns.length;
}
collect(3);
console.log(fns[0](), fns[2]());
