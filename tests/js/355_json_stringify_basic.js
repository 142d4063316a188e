// JSON.stringify of primitives and simple structures.
console.log(JSON.stringify(1), JSON.stringify(-1.5), JSON.stringify('s'), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(1e-7));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), typeof JSON.stringify(undefined));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([1, 'a', null, true]));
console.log(JSON.stringify({ a: 1, b: 'two', c: [3], d: { e: null } }));
console.log(JSON.stringify({ 2: 'b', 1: 'a', z: 0 }), JSON.stringify(new Array(2)));
console.log(JSON.stringify([NaN, Infinity, -0]), JSON.stringify({ n: NaN }));
class P {
  constructor() {
    this.x = 1;
    this.y = [2];
  }
  method() {}
}
console.log(JSON.stringify(new P()), JSON.stringify([new P()]));
console.log(JSON.stringify('he said "hi"'), JSON.stringify({ 'key with "quotes"': 1 }));
var o = { v: 1, toJSON: function () { return { replaced: this.v }; } };
console.log(JSON.stringify(o), JSON.stringify([o]));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
console.log(JSON.stringify(Object.create({ inherited: 1 })));
