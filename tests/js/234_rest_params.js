// Rest parameters collect the remaining arguments into a real array.
function sum(...nums) {
  var t = 0;
  for (var n of nums) t += n;
  return t;
}
console.log(sum(), sum(1), sum(1, 2, 3, 4), sum(0.5, 0.25));
function head(first, ...rest) {
  return [first, rest, rest.length, Array.isArray(rest)];
}
console.log(head(1, 2, 3));
console.log(head(1));
console.log(head());
var tag = (label, ...parts) => label + ':' + parts.join('|');
console.log(tag('x'), tag('x', 'a', 'b', 'c'));
function count(...args) {
  return args.length;
}
console.log(count(undefined, undefined), count(...[1, 2, 3]), count([1, 2, 3]));
class Logger {
  constructor() {
    this.lines = [];
  }
  log(level, ...msgs) {
    this.lines.push(level + ' ' + msgs.join(' '));
  }
}
var l = new Logger();
l.log('info', 'a', 1, true);
l.log('warn');
console.log(l.lines);
function restMutate(...r) {
  r.push('added');
  return r;
}
console.log(restMutate(1, 2));
var total = 0;
for (var i = 0; i < 3000; i++) total += sum(i, 1, 2);
console.log(total);
function maxOf(first, ...others) {
  var m = first;
  for (var o of others) if (o > m) m = o;
  return m;
}
console.log(maxOf(3, 9, 2), maxOf(-1), maxOf(1, 1, 1));
