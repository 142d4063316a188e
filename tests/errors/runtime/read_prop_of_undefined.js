// Reading a property of undefined throws a TypeError naming the property.
var o = { inner: { x: 1 } };
console.log("before", o.inner.x);
var missing = o.other;
console.log("missing is", missing);
console.log(missing.x);
console.log("not reached");
