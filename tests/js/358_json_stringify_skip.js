// undefined and functions are skipped in objects and become null in arrays.
var o = { a: 1, u: undefined, f: function () {}, g: () => 1, n: null, c: class {} };
console.log(JSON.stringify(o));
console.log(JSON.stringify([undefined, function () {}, 1, () => 2, null]));
console.log(JSON.stringify({ only: undefined }), JSON.stringify([undefined]));
console.log(JSON.stringify({ nested: { u: undefined, v: [undefined, { w: undefined }] } }));
class WithMethods {
  constructor() {
    this.data = 1;
    this.callback = function () {};
  }
  method() {}
}
console.log(JSON.stringify(new WithMethods()));
var holes = new Array(3);
holes[1] = 'mid';
console.log(JSON.stringify(holes));
var obj = { keep: 'yes', toJSON: undefined };
console.log(JSON.stringify(obj));
console.log(JSON.stringify({ date: undefined, nan: NaN, inf: -Infinity }));
var map = new Map();
console.log(JSON.stringify({ m: map, s: new Set([1, 2]) }));
