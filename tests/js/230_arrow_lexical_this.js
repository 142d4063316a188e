// Arrow functions capture `this` from the enclosing function.
function Timer() {
  this.ticks = 0;
  this.tick = () => {
    this.ticks++;
    return this.ticks;
  };
}
var t = new Timer();
var tick = t.tick;
tick();
tick();
console.log(t.ticks);
var obj = {
  name: 'obj',
  regular: function () {
    return [1, 2, 3].map((x) => this.name + x);
  },
  nested: function () {
    var level1 = () => {
      var level2 = () => this.name + '!';
      return level2();
    };
    return level1();
  }
};
console.log(obj.regular(), obj.nested());
var other = { name: 'other', regular: obj.regular };
console.log(other.regular());
class Collector {
  constructor(prefix) {
    this.prefix = prefix;
    this.items = [];
  }
  addAll(list) {
    list.forEach((x) => this.items.push(this.prefix + x));
    return this.items;
  }
}
console.log(new Collector('#').addAll(['a', 'b']));
// arrow bodies: expression vs block, returning an object literal needs parens
var sq = (x) => x * x;
var blk = (x) => { return x + 1; };
var mk = (a, b) => ({ a: a, b: b });
var noArgs = () => 'none';
var single = x => x * 2;
console.log(sq(5), blk(5), mk(1, 2), noArgs(), single(21));
var curried = (a) => (b) => (c) => a + b + c;
console.log(curried(1)(2)(3), curried('x')('y')('z'));
console.log(typeof sq, sq.name, mk.name);
