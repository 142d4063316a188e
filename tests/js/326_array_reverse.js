// reverse mutates in place and returns the same array.
var a = [1, 2, 3, 4];
var r = a.reverse();
console.log(a, r === a);
console.log([].reverse(), [1].reverse(), [1, 2].reverse(), ['a', 'b', 'c'].reverse());
var mixed = [1, 'two', null, undefined, { x: 3 }];
console.log(mixed.reverse());
var holes = new Array(4);
holes[0] = 'first';
holes[3] = 'last';
console.log(holes.reverse());
var s = 'stressed';
console.log(s.split('').reverse().join(''));
var big = [];
for (var i = 0; i < 1001; i++) big.push(i);
for (var k = 0; k < 5; k++) big.reverse();
console.log(big[0], big[500], big[1000]);
var copy = [1, 2, 3].slice().reverse();
console.log(copy);
