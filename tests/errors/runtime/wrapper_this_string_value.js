// String.prototype.toString needs a string or a String wrapper as its receiver (thisStringValue).
var w = new String("ok");
console.log(String.prototype.toString.call(w), String.prototype.valueOf.call("fine"));
console.log(String.prototype.toString.call(new Number(1)));
