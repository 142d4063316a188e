function F() {}
var f = new F();
console.log(f instanceof F);
