"use strict";
// In strict code, writing to a frozen object's property throws a TypeError.
var frozen = Object.freeze({ x: 1, y: 2 });
try {
  frozen.x = 100;
  console.log("no throw");
} catch (e) {
  console.log("caught", e.name, e instanceof TypeError);
}
console.log(frozen.x, frozen.y);
try {
  frozen.z = 3;
  console.log("no throw");
} catch (e) {
  console.log("add caught", e.name, e instanceof TypeError);
}
console.log(frozen.z, frozen);
var farr = Object.freeze([1, 2, 3]);
try {
  farr[0] = 9;
  console.log("no throw");
} catch (e) {
  console.log("array elem caught", e.name);
}
try {
  farr.push(4);
  console.log("no throw");
} catch (e) {
  console.log("push caught", e.name);
}
console.log(farr, farr.length);
// Reading is fine; a non-frozen object is still writable
var open = { x: 1 };
open.x = 2;
console.log(open.x, frozen.x + open.x);
// Count how many writes fail in a loop
var fails = 0;
for (var i = 0; i < 50; i++) {
  try {
    frozen.x = i;
  } catch (e) {
    fails++;
  }
}
console.log("fails", fails, frozen.x);
