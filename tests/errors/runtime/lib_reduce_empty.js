// Array.prototype.reduce on an empty array with no initial value.
var totals = [[1, 2], [3]].map(function (xs) { return xs.reduce(function (a, b) { return a + b; }); });
console.log(totals);
var empty = totals.filter(function (t) { return t > 100; });
console.log(empty.reduce(function (a, b) { return a + b; }));
