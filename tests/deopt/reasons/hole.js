// expect-deopt: hole (binding not initialized)
// expect-error: ReferenceError
// A TDZ check that always passed meets an uninitialized `let`.
function make(early) {
  function read() { return v; }
  if (early) return read();
  let v = 5;
  return read();
}
var s = 0;
for (var i = 0; i < 200; i++) s += make(false);
console.log(s);
console.log(make(true));
