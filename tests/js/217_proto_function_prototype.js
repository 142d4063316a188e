// Constructor functions with methods on F.prototype.
function Counter(start) {
  this.value = start;
}
Counter.prototype.inc = function () {
  this.value++;
  return this;
};
Counter.prototype.get = function () {
  return this.value;
};
Counter.prototype.step = 1;
var c = new Counter(5);
c.inc().inc();
console.log(c.get(), c.step, c);
var d = new Counter(0);
console.log(d.get(), c.inc === d.inc, c instanceof Counter);
console.log(c.hasOwnProperty('value'), c.hasOwnProperty('inc'), 'inc' in c);
// shadowing a prototype property with an own property
d.step = 10;
console.log(d.step, c.step, Counter.prototype.step);
// adding a method after instances exist
Counter.prototype.reset = function () {
  this.value = 0;
};
c.reset();
console.log(c.get(), typeof d.reset);
// prototype property shared until shadowed
Counter.prototype.tags = [];
c.tags.push('x');
console.log(d.tags, Counter.prototype.tags);
// constructor returning an object replaces this
function Weird() {
  this.a = 1;
  return { b: 2 };
}
console.log(new Weird(), new Weird() instanceof Weird);
function Prim() {
  this.a = 1;
  return 5;
}
console.log(new Prim());
