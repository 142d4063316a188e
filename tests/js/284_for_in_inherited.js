// for...in also visits inherited enumerable keys; hasOwnProperty filters them.
var base = { inheritedA: 1, inheritedB: 2 };
var child = Object.create(base);
child.own1 = 'x';
child.own2 = 'y';
var all = [];
for (var k in child) all.push(k);
console.log(all);
var own = [];
for (var k2 in child) if (child.hasOwnProperty(k2)) own.push(k2);
console.log(own);
child.inheritedA = 'shadowed';
var again = [];
for (var k3 in child) again.push(k3);
console.log(again);
function F() {
  this.x = 1;
}
F.prototype.shared = 'p';
F.prototype.method = function () {};
var keys = [];
for (var k4 in new F()) keys.push(k4);
console.log(keys);
console.log(Object.keys(new F()));
