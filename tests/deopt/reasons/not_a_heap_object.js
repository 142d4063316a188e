// expect-deopt: not a heap object
// A property load that only ever saw objects is handed a number.
function getX(o) { return o.x; }
var s = 0;
for (var i = 0; i < 200; i++) s += getX({ x: i });
console.log(s);
console.log(getX(5));
console.log(getX(true));
