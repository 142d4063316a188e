'use strict';
// A 'use strict' directive at the top of a script is accepted; ordinary code runs unchanged.
var a = 1;
let b = 2;
const c = a + b;
console.log(a, b, c);
function add(x, y) {
  return x + y;
}
console.log(add(3, 4), add('x', 'y'));
var obj = { p: 1, q: [1, 2, 3] };
obj.p = 10;
obj.r = 'new';
console.log(obj);
var arr = [];
for (var i = 0; i < 5; i++) {
  arr.push(i * i);
}
console.log(arr);
// this inside a plain function call is undefined in strict code
function whoAmI() {
  return this;
}
console.log(whoAmI());
console.log(typeof whoAmI());
// strings with the directive text are just strings later on
var s = 'use strict';
console.log(s, s.length);
