// Reading a let binding before its declaration: TDZ ReferenceError.
console.log("start");
var before = typeof later;
console.log("never printed", before);
let later = 1;
