// switch uses strict equality: strings vs numbers, NaN, -0, objects.
function kind(x) {
  switch (x) {
    case 1: return 'number 1';
    case '1': return 'string 1';
    case true: return 'true';
    case null: return 'null';
    case undefined: return 'undefined';
    case 0: return 'zero';
    case NaN: return 'NaN (never)';
    case '': return 'empty string';
    default: return 'other:' + typeof x;
  }
}
var inputs = [1, '1', true, 'true', null, undefined, 0, -0, NaN, '', 1.0, 2, 'abc'];
for (var i of inputs) console.log(JSON.stringify(String(i)), kind(i));
var o = {};
var same = o;
switch (same) {
  case {}: console.log('fresh object'); break;
  case o: console.log('same object'); break;
}
function op(sym, a, b) {
  switch (sym) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return a / b;
    case '**': return a ** b;
    case '%': return a % b;
  }
  return 'unknown op ' + sym;
}
console.log(op('+', 2, 3), op('-', 2, 3), op('*', 2, 3), op('/', 2, 3), op('**', 2, 3), op('%', 7, 3), op('^', 1, 1));
var word = 'he' + 'llo';
switch (word) {
  case 'hello':
    console.log('concatenated string matched');
    break;
  default:
    console.log('no');
}
switch (1 + 1) {
  case 1 + 1: console.log('expression case'); break;
}
