function sum(a, b, c) { return a + b + c; }
var args = [1, 2, 3];
console.log(sum(...args));
