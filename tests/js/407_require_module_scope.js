// Module-level variables stay private; module and exports exist inside modules.
var ms = require('./modules/module_scope');
console.log(ms.reveal(), ms.reveal());
console.log(ms.typeofModule, ms.typeofExports, ms.sameExports);
console.log(typeof secret, typeof helper, typeof helperCalls);
console.log(typeof module, typeof exports, typeof require, module.exports === exports);
