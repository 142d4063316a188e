// JSON number formatting follows Number-to-String; non-finite numbers become null.
var nums = [0, -0, 1, -1, 0.1, 1 / 3, 1e20, 1e21, 1.5e-7, 123456789.125, NaN, Infinity, -Infinity, 2 ** 53, -1e-7];
console.log(JSON.stringify(nums));
var back = JSON.parse(JSON.stringify(nums));
console.log(back);
for (var i = 0; i < nums.length; i++) {
  if (back[i] !== nums[i] && !(nums[i] !== nums[i]) && nums[i] - nums[i] === 0) console.log('mismatch at', i);
}
console.log(JSON.stringify({ a: 5e-324, b: 1.7976931348623157e308 }));
console.log(JSON.parse('5e-324'), JSON.parse('1.7976931348623157e308'), JSON.parse('0.1e1'), JSON.parse('-0.0'));
