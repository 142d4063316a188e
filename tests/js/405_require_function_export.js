// module.exports set to a function.
var makeGreeter = require('./modules/fn_export');
console.log(typeof makeGreeter, makeGreeter.defaultPrefix);
var hi = makeGreeter(makeGreeter.defaultPrefix);
var yo = makeGreeter('yo');
console.log(hi('ann'), yo('bob'));
console.log(require('./modules/fn_export')('hey')('cid'));
