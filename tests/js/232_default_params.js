// Default parameter values.
function greet(name = 'world', punct = '!') {
  return 'hello ' + name + punct;
}
console.log(greet(), greet('bob'), greet('amy', '?'));
console.log(greet(undefined, '.'), greet(null), greet(0), greet(''));
function range(start, end = start + 5, step = 1) {
  var out = [];
  for (var i = start; i < end; i += step) out.push(i);
  return out;
}
console.log(range(0), range(2, 4), range(0, 10, 3));
var calls = 0;
function counterDefault() {
  calls++;
  return calls;
}
function useDefault(x = counterDefault()) {
  return x;
}
console.log(useDefault(), useDefault(), useDefault(100), useDefault(), calls);
function withObj(opts = { size: 1 }) {
  opts.size++;
  return opts.size;
}
console.log(withObj(), withObj(), withObj({ size: 10 }));
var arrow = (a, b = a * 2) => a + b;
console.log(arrow(1), arrow(1, 1), arrow(5, undefined));
class P {
  constructor(x = 0, y = x) {
    this.x = x;
    this.y = y;
  }
  move(dx = 1, dy = dx) {
    return new P(this.x + dx, this.y + dy);
  }
}
console.log(new P(), new P(3), new P(1, 2), new P().move(), new P().move(2), new P().move(2, 5));
var s = 0;
for (var i = 0; i < 3000; i++) {
  s += arrow(i % 3) + (i % 2 === 0 ? arrow(1, undefined) : arrow(1, 0));
}
console.log(s);
