// Object.create builds objects with a chosen prototype.
var base = {
  greet: function () {
    return 'hi from ' + this.name;
  },
  kind: 'base'
};
var child = Object.create(base);
child.name = 'child';
console.log(child.greet(), child.kind, child);
console.log(child.hasOwnProperty('kind'), 'kind' in child, Object.keys(child));
var grandchild = Object.create(child);
grandchild.name = 'grandchild';
console.log(grandchild.greet(), grandchild.kind);
base.kind = 'changed';
console.log(child.kind, grandchild.kind);
var bare = Object.create(null);
bare.x = 1;
console.log(bare.x, typeof bare.hasOwnProperty, 'x' in bare);
// prototype-based inheritance without classes
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + ' makes ' + this.sound();
};
Animal.prototype.sound = function () {
  return 'noise';
};
function Dog(name) {
  this.name = name;
  this.tricks = 0;
}
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.sound = function () {
  return 'woof';
};
var dog = new Dog('rex');
var cat = new Animal('tom');
console.log(dog.speak(), cat.speak());
console.log(dog instanceof Dog, dog instanceof Animal, cat instanceof Dog);
var protoObj = Object.create(base);
console.log(protoObj.greet === base.greet, protoObj.greet(), Object.keys(protoObj));
