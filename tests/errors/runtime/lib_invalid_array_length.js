// new Array(n) with n not a valid length is a RangeError.
console.log(new Array(2).length);
var n = -5;
var arr = new Array(n);
console.log(arr);
