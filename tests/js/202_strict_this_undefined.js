'use strict';
// Strict functions see `this` as undefined when called without a receiver.
function getThis() {
  return this;
}
console.log(getThis() === undefined);
var o = { getThis: getThis, name: 'o' };
console.log(o.getThis() === o, o.getThis().name);
var detached = o.getThis;
console.log(detached() === undefined);
function readName() {
  return this.name;
}
var holder = { readName: readName, name: 'holder' };
console.log(holder.readName());
var f = holder.readName;
try {
  f();
  console.log('no error');
} catch (e) {
  console.log('caught', e.name, e instanceof TypeError);
}
// arrow functions take `this` from the enclosing scope
var outer = {
  name: 'outer',
  run: function () {
    var inner = () => this.name;
    return inner();
  }
};
console.log(outer.run());
console.log(typeof (function () { return this; })());
