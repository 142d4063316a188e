// Methods detached from instances lose `this` (class bodies are strict).
class Box {
  constructor(v) {
    this.v = v;
  }
  get() {
    return this.v;
  }
  getSafe() {
    return this === undefined ? 'no this' : this.v;
  }
}
var b = new Box(7);
var g = b.get;
try {
  g();
  console.log('no error');
} catch (e) {
  console.log('detached', e.name);
}
var gs = b.getSafe;
console.log(gs());
var other = { v: 'other', get: b.get };
console.log(other.get());
var arrowHolder = new Box(3);
arrowHolder.fn = function () {
  var arrow = () => this.v;
  return arrow();
};
console.log(arrowHolder.fn());
class Clicker {
  constructor() {
    this.clicks = 0;
    this.handler = () => {
      this.clicks++;
      return this.clicks;
    };
  }
}
var c = new Clicker();
var h = c.handler;
h(); h(); h();
console.log(c.clicks);
// calling a class without new is a TypeError
try {
  Box(1);
} catch (e) {
  console.log('without new', e.name);
}
