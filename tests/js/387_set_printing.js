// console.log of Sets in various contexts.
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Set());
console.log(new Set(['a']), [new Set([1])], { s: new Set(['x', 'y']) });
console.log(new Set([new Set([1, 2]), new Map([['k', 'v']])]));
console.log(new Set([null, undefined, NaN, -0, 0]));
var big = new Set();
for (var i = 0; i < 8; i++) big.add(i * 11);
console.log(big);
var strings = new Set(['it\'s', 'say "hi"', '']);
console.log(strings);
console.log(String(new Set([1])), typeof new Set(), new Set() instanceof Set);
