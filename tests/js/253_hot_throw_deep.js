// Exceptions thrown from deep inside hot functions, caught outside.
function validate(x) {
  if (x % 97 === 96) throw new RangeError('bad ' + x);
  return x;
}
function step3(x) {
  return validate(x) + 1;
}
function step2(x) {
  return step3(x) * 2;
}
function step1(x) {
  return step2(x) - 1;
}
var sum = 0;
var errors = 0;
var lastMsg = '';
for (var i = 0; i < 5000; i++) {
  try {
    sum += step1(i);
  } catch (e) {
    errors++;
    lastMsg = e.message;
  }
}
console.log(sum, errors, lastMsg);
// recursion that throws at the bottom
function dive(n) {
  if (n === 0) throw { depth: 'bottom' };
  return dive(n - 1) + 1;
}
var caughtDepth = 0;
for (var j = 0; j < 200; j++) {
  try {
    dive(20);
  } catch (e) {
    if (e.depth === 'bottom') caughtDepth++;
  }
}
console.log(caughtDepth);
// engine error deep in a hot function
function readDeep(o) {
  return o.a.b.c;
}
var good = { a: { b: { c: 1 } } };
var bad = { a: { b: null } };
var total = 0, fails = 0;
for (var k = 0; k < 4000; k++) {
  try {
    total += readDeep(k === 3500 ? bad : good);
  } catch (e) {
    fails++;
    console.log('failed at', k, e.name);
  }
}
console.log(total, fails);
// throw after the function has become hot for many iterations with no throws
function rareThrow(i) {
  if (i === 3999) throw new Error('finally thrown at ' + i);
  return i & 1;
}
var acc = 0;
try {
  for (var m = 0; m < 5000; m++) acc += rareThrow(m);
} catch (e) {
  console.log(e.message, acc, m);
}
