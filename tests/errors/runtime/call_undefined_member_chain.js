// Calling a missing method through a member chain: "a.b.c is not a function".
var a = { b: { d: function () { return "d"; } } };
console.log(a.b.d());
a.b.c(1, 2);
