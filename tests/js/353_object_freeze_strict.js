'use strict';
// Object.freeze in strict mode: every kind of write throws TypeError.
var o = Object.freeze({ a: 1, list: [1] });
var attempts = [
  ['assign existing', () => { o.a = 2; }],
  ['add new', () => { o.b = 3; }],
  ['delete', () => { delete o.a; }],
  ['computed assign', () => { o['a'] = 5; }],
  ['compound assign', () => { o.a += 1; }],
  ['increment', () => { o.a++; }],
  ['nested write ok', () => { o.list.push(2); }]
];
for (var i = 0; i < attempts.length; i++) {
  try {
    attempts[i][1]();
    console.log(attempts[i][0], 'succeeded');
  } catch (e) {
    console.log(attempts[i][0], e.name, e instanceof TypeError);
  }
}
console.log(o);
var fa = Object.freeze([1, 2]);
var arrAttempts = [() => { fa[0] = 9; }, () => { fa.push(3); }, () => { fa.length = 0; }, () => { fa.reverse(); }];
var names = [];
for (var f of arrAttempts) {
  try {
    f();
    names.push('ok');
  } catch (e) {
    names.push(e.name);
  }
}
console.log(names, fa);
class Point {
  constructor(x) {
    this.x = x;
    Object.freeze(this);
  }
  move() {
    this.x++;
  }
}
var p = new Point(1);
try {
  p.move();
} catch (e) {
  console.log('method on frozen instance', e.name, p.x);
}
var caught = 0;
for (var k = 0; k < 3000; k++) {
  try {
    o.a = k;
  } catch (e) {
    caught++;
  }
}
console.log(caught, o.a);
