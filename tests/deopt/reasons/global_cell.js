// expect-deopt: store would change a global cell's type
// COUNT held one value since it was initialized (a constant cell, which optimized code may
// fold); an optimized store of another value deopts so the interpreter's store makes the cell
// mutable (and marks the code that folded it).
var COUNT = 0;
var MODE = "a";
function touch(i) { MODE = "a"; if (i === 150) MODE = "b"; return i; }
var s = 0;
for (var i = 0; i < 200; i++) s += touch(i);
console.log(s, MODE, COUNT);
