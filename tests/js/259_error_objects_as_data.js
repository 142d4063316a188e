// Errors used as data: collected in arrays, fields read, not thrown.
var errs = [];
for (var i = 0; i < 5; i++) {
  var E = [Error, TypeError, RangeError, SyntaxError, ReferenceError][i];
  errs.push(new E('e' + i));
}
console.log(errs.map((e) => e.name));
console.log(errs.map((e) => e.message).join(','));
console.log(errs.map(String));
var byName = {};
for (var e of errs) byName[e.name] = e.message;
console.log(byName);
console.log(errs.filter((x) => x instanceof RangeError).length);
var e0 = errs[0];
console.log('message' in e0, e0.hasOwnProperty('message'), e0.hasOwnProperty('name'));
console.log(Error.prototype.name, TypeError.prototype.name, Error.prototype.message === '');
var m = new Map();
m.set('first', new TypeError('typed'));
console.log(m.get('first').name, m.get('first').message);
