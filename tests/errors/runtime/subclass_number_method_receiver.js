// A Number subclass's instances unwrap for Number.prototype methods; other objects do not.
class Num extends Number {}
var n = new Num(2.5);
console.log(n.toFixed(2), Number.prototype.toFixed.call(n, 1));
Number.prototype.toFixed.call({ valueOf: function () { return 1; } }, 1);
