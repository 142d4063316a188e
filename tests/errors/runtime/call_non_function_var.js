// Calling a variable that holds a number: "x is not a function".
function x2(v) { return v * 2; }
console.log(x2(21));
var x = 5;
console.log("calling x");
x();
