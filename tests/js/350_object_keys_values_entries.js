// Object.keys, Object.values and Object.entries.
var o = { b: 2, a: 1, c: 'three' };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.keys({}), Object.values({}), Object.entries({}));
var nums = { 2: 'two', 10: 'ten', 1: 'one', x: 'ex', '-1': 'neg', '01': 'zero-one' };
console.log(Object.keys(nums));
console.log(Object.keys([4, 5, 6]), Object.values(['a', 'b']), Object.entries(['p']));
console.log(Object.keys('hi'), Object.values('hi'));
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 2;
console.log(Object.keys(child), Object.values(child), Object.entries(child));
class Pt {
  constructor() {
    this.x = 1;
    this.y = 2;
  }
  norm() {
    return 0;
  }
}
console.log(Object.keys(new Pt()), Object.entries(new Pt()));
var withUndef = { u: undefined, n: null, f: function () {} };
console.log(Object.keys(withUndef), Object.values(withUndef));
var sum = 0;
var data = { a: 1, b: 2, c: 3, d: 4 };
for (var i = 0; i < 1000; i++) {
  var vals = Object.values(data);
  for (var j = 0; j < vals.length; j++) sum += vals[j];
}
console.log(sum);
var inverted = {};
Object.entries({ one: 1, two: 2 }).forEach((e) => {
  inverted[e[1]] = e[0];
});
console.log(inverted);
