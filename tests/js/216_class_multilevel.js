// Three levels of inheritance with overridden and inherited methods.
class Vehicle {
  constructor(wheels) {
    this.wheels = wheels;
  }
  describe() {
    return this.kind() + ' with ' + this.wheels + ' wheels';
  }
  kind() {
    return 'vehicle';
  }
  honk() {
    return 'beep';
  }
}
class Car extends Vehicle {
  constructor(brand) {
    super(4);
    this.brand = brand;
  }
  kind() {
    return 'car';
  }
}
class SportsCar extends Car {
  constructor(brand, top) {
    super(brand);
    this.top = top;
  }
  kind() {
    return 'sports ' + super.kind();
  }
  honk() {
    return super.honk().toUpperCase() + '!';
  }
}
class Bike extends Vehicle {
  constructor() {
    super(2);
  }
}
var list = [new Vehicle(6), new Car('vw'), new SportsCar('fast', 300), new Bike()];
for (var v of list) {
  console.log(v.describe(), v.honk());
}
console.log(list);
var s = list[2];
console.log(s instanceof SportsCar, s instanceof Car, s instanceof Vehicle, s instanceof Bike);
console.log(list[3] instanceof Car, list[1] instanceof SportsCar);
console.log(s.constructor.name, list[3].constructor.name);
