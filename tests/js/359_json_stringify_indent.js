// JSON.stringify with the indentation argument (numbers and strings).
var data = { a: 1, b: [1, 2, { c: 'x' }], d: {}, e: [], f: { g: null } };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, 4));
console.log(JSON.stringify([1, [2, [3]]], null, 1));
console.log(JSON.stringify(data, null, '\t'));
console.log(JSON.stringify({ x: [1] }, null, '--'));
console.log(JSON.stringify({ x: 1 }, null, 0), JSON.stringify({ x: 1 }, null, ''), JSON.stringify({ x: 1 }, null, -3));
console.log(JSON.stringify({ x: 1 }, null, 20) === JSON.stringify({ x: 1 }, null, 10));
console.log(JSON.stringify({ x: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify('str', null, 2), JSON.stringify(5, null, 2), JSON.stringify([], null, 2), JSON.stringify({}, null, 2));
console.log(JSON.stringify([undefined, function () {}], null, 2));
console.log(JSON.stringify({ u: undefined, v: 1 }, null, 2));
