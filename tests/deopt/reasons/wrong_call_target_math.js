// expect-deopt: wrong call target
// A call lowered to llvm.floor meets another callee (Math.floor replaced).
function fl(x) { return Math.floor(x); }
var s = 0;
for (var i = 0; i < 200; i++) s += fl(i / 4);
console.log(s);
Math.floor = function (x) { return -x; };
console.log(fl(2.5));
