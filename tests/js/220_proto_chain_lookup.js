// Property and method lookup along a prototype chain of varying depth.
var level0 = { depth: 0, who: function () { return 'level' + this.depth; }, only0: 'zero' };
var level1 = Object.create(level0);
level1.depth = 1;
level1.only1 = 'one';
var level2 = Object.create(level1);
level2.depth = 2;
var level3 = Object.create(level2);
console.log(level3.depth, level3.who(), level3.only0, level3.only1);
console.log(level2.who(), level1.who(), level0.who());
console.log(level3.missing, 'only0' in level3, level3.hasOwnProperty('only0'));
level3.depth = 3;
console.log(level3.who(), level2.who());
// method on the chain found from many receivers in a hot loop
var objs = [level0, level1, level2, level3];
var total = 0;
for (var i = 0; i < 4000; i++) {
  total += objs[i & 3].depth;
}
console.log(total);
// class hierarchy: method defined only at the root
class Root {
  ping() {
    return 'ping:' + this.tag;
  }
}
class Mid extends Root {}
class Leaf extends Mid {}
var leaf = new Leaf();
leaf.tag = 'leaf';
console.log(leaf.ping());
var count = 0;
for (var j = 0; j < 3000; j++) {
  if (leaf.ping().length === 9) count++;
}
console.log(count);
// toString and hasOwnProperty come from Object.prototype
console.log(typeof level3.toString, typeof level3.hasOwnProperty, String({}));
