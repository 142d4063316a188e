// Writing a property of undefined throws "Cannot set properties of undefined".
var config = {};
config.name = "ok";
console.log(config);
var target;
target.x = 5;
console.log("not reached");
