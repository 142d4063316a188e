function f(a, b) { return a + b; }
console.log(f(1, 2);
