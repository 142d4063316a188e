// Object.freeze in sloppy mode: writes, additions and deletions are silently ignored.
var o = { a: 1, nested: { b: 2 } };
var ret = Object.freeze(o);
console.log(ret === o);
o.a = 100;
o.c = 'new';
delete o.a;
console.log(o, o.a, o.c);
o.nested.b = 'inner still writable';
console.log(o.nested);
var arr = Object.freeze([1, 2, 3]);
arr[0] = 'x';
arr[5] = 'y';
console.log(arr, arr.length);
try {
  arr.push(4);
} catch (e) {
  console.log('push', e.name);
}
try {
  arr.pop();
} catch (e) {
  console.log('pop', e.name);
}
try {
  arr.sort();
} catch (e) {
  console.log('sort', e.name);
}
console.log(arr);
console.log(Object.freeze(5), Object.freeze('str'), Object.freeze(null));
class Cfg {
  constructor() {
    this.v = 1;
    Object.freeze(this);
  }
  bump() {
    this.v++;
    return this.v;
  }
}
var c = new Cfg();
try {
  c.bump();
  console.log('bump succeeded');
} catch (e) {
  // class bodies are always strict code
  console.log('bump in class body', e.name, c.v);
}
function SloppyCfg() {
  this.v = 1;
  Object.freeze(this);
}
SloppyCfg.prototype.bump = function () {
  this.v++;
  return this.v;
};
var sc = new SloppyCfg();
console.log(sc.bump(), sc.v);
for (var i = 0; i < 3000; i++) o.a = i;
console.log(o.a);
var copy = Object.assign({}, o);
copy.a = 'copy is not frozen';
console.log(copy);
