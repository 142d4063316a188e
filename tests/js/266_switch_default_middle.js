// default in the middle or at the start: matched cases after it still win.
function f(x) {
  switch (x) {
    case 1:
      return 'one';
    default:
      return 'default';
    case 2:
      return 'two';
    case 3:
      return 'three';
  }
}
console.log(f(1), f(2), f(3), f(4), f('1'));
function g(x) {
  var log = [];
  switch (x) {
    default:
      log.push('default');
    case 'x':
      log.push('x');
      break;
    case 'y':
      log.push('y');
  }
  return log.join('+');
}
console.log(g('x'), g('y'), g('q'));
function h(x) {
  var s = '';
  switch (x) {
    case 0:
      s += '0';
    default:
      s += 'd';
    case 1:
      s += '1';
      break;
    case 2:
      s += '2';
  }
  return s;
}
console.log(h(0), h(1), h(2), h(3));
// case expressions are evaluated in order until one matches
var evaluated = [];
function v(n) {
  evaluated.push(n);
  return n;
}
switch (3) {
  case v(1):
  case v(2):
    console.log('not reached');
    break;
  default:
    console.log('default taken');
    break;
  case v(3):
    console.log('three matched');
  case v(4):
    console.log('fell into four');
}
console.log(evaluated);
