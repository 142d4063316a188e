// Arrow functions cannot be constructors: "Make is not a constructor".
var Make = (v) => v;
console.log(Make(3));
var m = new Make(3);
