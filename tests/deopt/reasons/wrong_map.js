// expect-deopt: wrong map
// A load specialized for one map meets an object of another shape.
function getX(o) { return o.x; }
function P(x) { this.x = x; }
var s = 0;
for (var i = 0; i < 200; i++) s += getX(new P(i));
console.log(s);
console.log(getX({ z: 1, x: 7 }));
