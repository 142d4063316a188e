// Functions stored as property values print with their inferred names.
var api = {
  get: function () { return 1; },
  put: function put() { return 2; },
  arrow: () => 3,
  data: [1, 2]
};
console.log(api);
var o = {};
o.handler = function () {};
o.named = function realName() {};
console.log(o);
function helper() {}
var reg = { helper: helper, count: 0 };
console.log(reg);
var list = [helper, function () {}, () => 1];
console.log(list);
function Widget(name) {
  this.name = name;
  this.render = function () { return "<" + name + ">"; };
}
var w = new Widget("btn");
console.log(w, w.render());
var ops = { add: (a, b) => a + b, sub: (a, b) => a - b };
console.log(ops, ops.add(1, 2), ops.sub(1, 2));
var nested = { inner: { fn: function () {} } };
console.log(nested);
var big = {
  first: function () {}, second: function () {}, third: function () {},
  fourth: function () {}, fifth: function () {}
};
console.log(big);
