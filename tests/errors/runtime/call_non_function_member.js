// Calling an object property that is not a function: "o.f is not a function".
var o = { g: function () { return "g ran"; }, f: 42 };
console.log(o.g());
console.log("f is", o.f);
o.f();
