// hasOwnProperty distinguishes own from inherited and from missing.
var o = { a: 1, u: undefined };
console.log(o.hasOwnProperty('a'), o.hasOwnProperty('u'), o.hasOwnProperty('b'), o.hasOwnProperty('toString'));
var child = Object.create(o);
child.c = 3;
console.log(child.hasOwnProperty('c'), child.hasOwnProperty('a'), 'a' in child);
var arr = [1, 2];
console.log(arr.hasOwnProperty(0), arr.hasOwnProperty('1'), arr.hasOwnProperty(2), arr.hasOwnProperty('length'));
class K {
  constructor() {
    this.f = 1;
  }
  m() {}
}
var k = new K();
console.log(k.hasOwnProperty('f'), k.hasOwnProperty('m'), K.prototype.hasOwnProperty('m'));
console.log({ 1: 'x' }.hasOwnProperty(1), { 1: 'x' }.hasOwnProperty('1'));
delete o.a;
console.log(o.hasOwnProperty('a'));
var shadow = { hasOwnProperty: function () { return 'shadowed'; } };
console.log(shadow.hasOwnProperty('x'));
var counter = 0;
var big = {};
for (var i = 0; i < 50; i++) big['key' + i] = i;
for (var j = 0; j < 3000; j++) if (big.hasOwnProperty('key' + (j % 100))) counter++;
console.log(counter);
console.log('str'.hasOwnProperty('length'), 'str'.hasOwnProperty(0), 'str'.hasOwnProperty(5));
