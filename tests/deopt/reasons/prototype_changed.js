// expect-deopt: prototype chain changed
// `new P()` allocates inline with P's initial map while P.prototype is the object that map was
// made for; replacing P.prototype fails that guard.
function P(x) { this.x = x; }
P.prototype.scale = function () { return this.x * 2; };
function make(x) { return new P(x); }
var s = 0;
for (var i = 0; i < 200; i++) s += make(i).x;
console.log(s);
P.prototype = { scale: function () { return this.x * 10; } };
console.log(make(3).scale());
