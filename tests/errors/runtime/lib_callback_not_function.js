// A non-callable callback to an array method.
var xs = [1, 2, 3];
console.log(xs.map(function (x) { return x * 2; }));
xs.forEach(42);
