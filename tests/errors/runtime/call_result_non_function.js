// Calling the result of a call that is not a function: "o.f(...) is not a function".
var o = { f: function () { return 7; } };
console.log("first call", o.f());
o.f()();
