// Class expressions, anonymous and named, assigned and returned from functions.
var Animal = class {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return this.name + ' makes a sound';
  }
};
var a = new Animal('cat');
console.log(a.speak(), a);
var Named = class Inner {
  who() {
    return 'Inner';
  }
};
console.log(new Named().who(), Named.name);
function makeCounterClass(step) {
  return class {
    constructor() {
      this.value = 0;
    }
    tick() {
      this.value += step;
      return this.value;
    }
  };
}
var By2 = makeCounterClass(2);
var By5 = makeCounterClass(5);
var c2 = new By2(), c5 = new By5();
c2.tick(); c2.tick();
c5.tick();
console.log(c2.value, c5.value, c2 instanceof By2, c2 instanceof By5);
var classes = [class A { v() { return 'a'; } }, class B { v() { return 'b'; } }];
var out = [];
for (var i = 0; i < classes.length; i++) {
  out.push(new classes[i]().v());
}
console.log(out.join(','));
var instance = new (class { constructor() { this.k = 42; } })();
console.log(instance.k);
