// Reading an undeclared identifier: "foo is not defined".
var fooo = 1;
console.log("fooo is", fooo, typeof foo);
console.log(foo);
