// require of a relative module that sets module.exports to an object.
var mu = require('./modules/math_utils');
console.log(typeof mu, mu.name, Object.keys(mu));
console.log(mu.add(2, 3), mu.mul(4, 5), mu.sumAll([1, 2, 3, 4]), mu.TAU);
var total = 0;
for (var i = 0; i < 3000; i++) total = mu.add(total, mu.mul(i, 2));
console.log(total);
var again = require('./modules/math_utils.js');
console.log(again === mu);
