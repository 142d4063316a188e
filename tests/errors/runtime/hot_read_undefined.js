// After 10000 hot calls, the optimized load meets undefined and throws.
function getX(o) { return o.x; }
var objs = [{ x: 1 }, { x: 2 }];
var sum = 0;
for (var i = 0; i < 10000; i++) { sum += getX(objs[i % 2]); }
console.log("hot sum", sum);
getX(objs[2]);
console.log("not reached");
