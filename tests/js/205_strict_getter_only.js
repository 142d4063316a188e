'use strict';
// Assigning to an accessor without a setter throws in strict code.
class Temperature {
  constructor(c) {
    this._c = c;
  }
  get celsius() {
    return this._c;
  }
  get fahrenheit() {
    return this._c * 9 / 5 + 32;
  }
  set fahrenheit(f) {
    this._c = (f - 32) * 5 / 9;
  }
}
var t = new Temperature(100);
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius, t.fahrenheit);
try {
  t.celsius = 50;
  console.log('no throw');
} catch (e) {
  console.log('caught', e.name, e instanceof TypeError);
}
console.log(t.celsius);
var count = 0;
for (var i = 0; i < 40; i++) {
  try {
    t.celsius = i;
  } catch (e) {
    count++;
  }
}
console.log('failures', count, t.celsius);
