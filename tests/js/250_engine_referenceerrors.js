// ReferenceErrors for undeclared variables; typeof stays safe.
try {
  console.log(notDefinedAnywhere);
} catch (e) {
  console.log(e.name, e instanceof ReferenceError, e instanceof TypeError);
}
function useMissing() {
  return missingVar + 1;
}
try {
  useMissing();
} catch (e) {
  console.log('from function', e.name);
}
console.log(typeof notDefinedAnywhere);
// let in its temporal dead zone
try {
  console.log(later);
  let later = 1;
} catch (e) {
  console.log('tdz', e.name);
}
function tdzInFunction() {
  try {
    return value;
  } catch (e) {
    return 'tdz caught ' + e.name;
  } finally {
  }
  let value = 2;
}
console.log(tdzInFunction());
// assigning to a const is a TypeError
const fixed = 1;
try {
  fixed = 2;
} catch (e) {
  console.log('const', e.name, fixed);
}
var caught = 0;
for (var i = 0; i < 2000; i++) {
  try {
    if (i % 500 === 0) useMissing();
  } catch (e) {
    caught++;
  }
}
console.log('caught', caught);
// a local variable of the same name is fine
function useLocal() {
  var missingVar = 41;
  return missingVar + 1;
}
console.log(useLocal());
