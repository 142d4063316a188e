// super(n) in a subclass of Array is the Array constructor: a length that is not a uint32 is
// its RangeError.
class Buffer extends Array {}
console.log("ok", new Buffer(2).length);
new Buffer(-1);
console.log("never printed");
