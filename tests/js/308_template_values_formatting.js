// How values convert inside templates compared with String() and concatenation.
var values = [0, -0, 1.5, 1e21, 1e-7, NaN, Infinity, true, null, undefined, 'str', [1, [2, 3]], [], {}];
for (var v of values) {
  var t = `${v}`;
  console.log(JSON.stringify(t), t === String(v), t === '' + v);
}
class Money {
  constructor(c) {
    this.c = c;
  }
  toString() {
    return (this.c / 100).toFixed(2) + ' EUR';
  }
}
var m = new Money(12345);
console.log(`${m}`, String(m), 'total: ' + m);
var o = { toString: function () { return 'custom'; } };
console.log(`${o}`, [o, o].join('/'));
var fn = function named() {};
console.log(`${typeof fn}`);
