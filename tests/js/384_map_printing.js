// console.log of Maps, nested Maps and Maps inside other structures.
var m = new Map([['a', 1], ['b', { x: [1, 2] }], [3, 'three']]);
console.log(m);
console.log(new Map());
var nested = new Map([['inner', new Map([['k', 'v']])]]);
console.log(nested);
console.log([new Map([[1, 2]])], { map: new Map([['z', null]]) });
var objKey = new Map([[{ id: 1 }, 'obj'], [[1, 2], 'arr']]);
console.log(objKey);
var withSet = new Map([['s', new Set([1, 2])]]);
console.log(withSet);
var big = new Map();
for (var i = 0; i < 5; i++) big.set('key' + i, i * i);
console.log(big);
var undef = new Map([[undefined, null], [null, undefined], [NaN, -0]]);
console.log(undef);
var str = new Map([['quote\'s', 'it\'s'], ['multi word', 'a b']]);
console.log(str);
console.log(String(m), typeof m, m instanceof Map);
