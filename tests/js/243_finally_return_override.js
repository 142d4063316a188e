// A return or throw inside finally overrides the try's completion.
function overrideReturn() {
  try {
    return 'try';
  } finally {
    return 'finally';
  }
}
console.log(overrideReturn());
function overrideThrow() {
  try {
    throw new Error('lost');
  } finally {
    return 'swallowed';
  }
}
console.log(overrideThrow());
function throwInFinally() {
  try {
    return 'try';
  } finally {
    throw new Error('from finally');
  }
}
try {
  throwInFinally();
} catch (e) {
  console.log('caught', e.message);
}
function catchThenFinally() {
  try {
    throw 1;
  } catch (e) {
    return 'catch ' + e;
  } finally {
    console.log('finally runs before return completes');
  }
}
console.log(catchThenFinally());
function catchThrowsFinallyReturns() {
  try {
    throw 1;
  } catch (e) {
    throw 2;
  } finally {
    return 'finally wins';
  }
}
console.log(catchThrowsFinallyReturns());
function conditional(n) {
  try {
    if (n > 0) return 'positive';
    throw 'nonpositive';
  } catch (e) {
    return 'caught ' + e;
  } finally {
    if (n === 5) return 'five';
  }
}
console.log(conditional(1), conditional(-1), conditional(5));
var count = 0;
for (var i = 0; i < 3000; i++) {
  if (overrideThrow() === 'swallowed') count++;
}
console.log(count);
