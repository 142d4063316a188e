// A module runs once; every require returns the same cached exports object.
console.log('before first require');
var c1 = require('./modules/counter_state');
console.log('after first require');
var c2 = require('./modules/counter_state');
console.log('after second require', c1 === c2);
c1.increment();
c1.increment();
console.log(c2.get());
var other = require('./modules/uses_counter');
console.log(other.bumpTwice(), c1.get());
for (var i = 0; i < 10; i++) require('./modules/counter_state').increment();
console.log(c1.get(), c1.loadedAt);
c1.extra = 'added by main';
console.log(require('./modules/counter_state').extra);
