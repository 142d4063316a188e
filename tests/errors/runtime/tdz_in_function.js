// A function that reads a let declared after the call site runs hits the TDZ.
function readIt() { return value * 2; }
console.log("calling early");
console.log(readIt());
let value = 21;
