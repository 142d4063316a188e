// A module that adds properties to `exports`.
var ex = require('./modules/exports_style');
console.log(ex.greet('world'), ex.VERSION, ex.peek(), ex.privateValue);
console.log(ex.bump(), ex.bump(), ex.counter);
console.log(Object.keys(ex));
var same = require('./modules/exports_style');
console.log(same.counter, same === ex);
