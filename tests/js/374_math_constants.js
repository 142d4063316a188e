// Math constants and printing them.
console.log(Math.PI, Math.E);
console.log(Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
console.log(Math.PI * 2, Math.PI / 2, Math.E * Math.E, -Math.PI);
console.log(Math.PI.toFixed(10), Math.E.toFixed(3), String(Math.PI).length);
var circle = (r) => Math.PI * r * r;
console.log(circle(1), circle(2), circle(0.5));
console.log(typeof Math, typeof Math.PI, typeof Math.floor);
var saved = Math.PI;
console.log(saved === Math.PI, Math.PI === 3.141592653589793);
