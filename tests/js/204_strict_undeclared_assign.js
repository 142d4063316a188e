'use strict';
// Assigning to an undeclared variable in strict code is a ReferenceError.
try {
  undeclaredVariable = 5;
  console.log('assigned');
} catch (e) {
  console.log(e.name, e instanceof ReferenceError, e instanceof TypeError);
}
console.log(typeof undeclaredVariable);
function setLater() {
  try {
    notDeclaredEither = 1;
    return 'ok';
  } catch (e) {
    return 'caught ' + e.name;
  }
}
console.log(setLater());
var declared;
declared = 7;
console.log(declared);
// Reading an undeclared name is a ReferenceError everywhere
try {
  console.log(missingName + 1);
} catch (e) {
  console.log('read', e.name);
}
// typeof of an undeclared name does not throw
console.log(typeof missingName, typeof missingName === 'undefined');
