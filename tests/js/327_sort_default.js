// Default sort compares elements as strings; undefined goes last.
console.log([3, 1, 2].sort(), [10, 9, 1, 100, 25].sort(), [-1, -10, 2, -2].sort());
console.log(['banana', 'apple', 'Cherry', 'apple2', ''].sort());
console.log([true, false, 'true', 1].sort(), [null, 'm', 'o', 'n'].sort());
console.log([undefined, 3, undefined, 1, 2].sort());
var holes = new Array(5);
holes[0] = 'b';
holes[2] = 'a';
holes[4] = undefined;
var sorted = holes.sort();
console.log(sorted, sorted.length);
console.log([0.5, 1e21, 1e-7, 2, -0, 0].sort(), [NaN, 5, Infinity, -Infinity].sort());
console.log([[2, 1], [1, 9], [1, 10]].sort(), [{}, 'z', '[object'].sort());
var arr = [5, 3, 8];
console.log(arr.sort() === arr);
console.log(['b', 'a', 'B', 'A', 'é', 'e', '_', '1'].sort());
var nums = [];
for (var i = 0; i < 30; i++) nums.push((i * 37) % 31);
console.log(nums.sort().join(' '));
