// Empty containers and containers of empties.
console.log({});
console.log([]);
console.log([{}]);
console.log({ e: {} });
console.log([[], []]);
console.log({ a: [], b: {} });
console.log([], {}, [[]], [{}]);
function E() {}
console.log(new E(), [new E()], { e: new E() });
var a = [1];
a.pop();
console.log(a);
var o = {};
console.log(o, [o, o]);
console.log([undefined], [null], { u: undefined });
var holes = [];
holes[3] = undefined;
console.log(holes);
