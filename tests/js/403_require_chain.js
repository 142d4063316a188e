// A module that requires a module that requires another: load order and caching.
console.log('main start');
var a = require('./modules/chain_a');
console.log('main got a:', a.describe(), a.depth);
var c = require('./modules/chain_c');
console.log('c directly:', c.describe(), c.depth);
var b = require('./modules/chain_b');
console.log('b directly:', b.describe(), b.depth);
console.log('main end');
