// expect-deopt: prototype chain changed
// A method found on the prototype is a constant while the chain is unchanged; replacing it
// invalidates the chain's validity cell, and the optimized load's guard fails.
function P(x) { this.x = x; }
P.prototype.scale = function () { return this.x * 2; };
function run(p) { return p.scale(); }
var s = 0;
var p = new P(3);
for (var i = 0; i < 200; i++) s += run(p);
console.log(s);
P.prototype.scale = function () { return this.x * 10; };
console.log(run(p));
