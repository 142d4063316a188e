// The order in which try, catch and finally bodies run across function calls.
var trace = [];
function t(label) {
  trace.push(label);
}
function inner(mode) {
  try {
    t('inner-try');
    if (mode === 'throw') throw new Error('x');
    if (mode === 'return') return 'r';
    t('inner-after');
  } finally {
    t('inner-finally');
  }
  return 'end';
}
function outer(mode) {
  try {
    t('outer-try');
    var r = inner(mode);
    t('outer-got-' + r);
  } catch (e) {
    t('outer-catch');
  } finally {
    t('outer-finally');
  }
}
var modes = ['normal', 'throw', 'return'];
for (var m of modes) {
  trace = [];
  outer(m);
  console.log(m + ': ' + trace.join(' > '));
}
trace = [];
for (var i = 0; i < 3; i++) {
  try {
    t('try' + i);
    try {
      if (i === 1) throw 'x';
    } finally {
      t('fin-a' + i);
    }
  } catch (e) {
    t('catch' + i);
  } finally {
    t('fin-b' + i);
  }
}
console.log(trace.join(','));
