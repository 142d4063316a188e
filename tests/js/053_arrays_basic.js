// Array literals, indexing, length, element writes.
var a = [1, 2, 3];
console.log(a, a.length, a[0], a[2]);
a[1] = 20;
console.log(a);
var empty = [];
console.log(empty, empty.length);
var mixed = [1, "two", 3.5, true, null, undefined, { k: 1 }, [7]];
console.log(mixed.length, mixed);
var sum = 0;
var nums = [4, 8, 15, 16, 23, 42];
for (var i = 0; i < nums.length; i++) { sum += nums[i]; }
console.log("sum", sum, "avg", sum / nums.length);
var rev = [];
for (var j = nums.length - 1; j >= 0; j--) { rev.push(nums[j]); }
console.log(rev);
var squares = [];
for (var k = 0; k < 10; k++) { squares[k] = k * k; }
console.log(squares.length, squares[9]);
var copy = [];
for (var m = 0; m < squares.length; m++) { copy[m] = squares[m]; }
copy[0] = -1;
console.log(squares[0], copy[0]);
var alias = squares;
alias[0] = 99;
console.log(squares[0]);
var idx = "2";
console.log(nums[idx], nums[1 + 1], nums[nums.length - 1]);
var floats = [0.5, 1.5, 2.5];
floats[1] = floats[0] + floats[2];
console.log(floats);
var strs = ["a", "b"];
strs[0] = strs[0] + strs[1];
console.log(strs, strs[0].length);
var maxIdx = 0;
for (var n = 1; n < nums.length; n++) {
  if (nums[n] > nums[maxIdx]) { maxIdx = n; }
}
console.log("max at", maxIdx, nums[maxIdx]);
