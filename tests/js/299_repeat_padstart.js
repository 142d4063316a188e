// repeat and padStart.
console.log('ab'.repeat(3), JSON.stringify('x'.repeat(0)), JSON.stringify(''.repeat(5)), '-'.repeat(2.9));
console.log('5'.padStart(3, '0'), '123'.padStart(2, '0'), 'abc'.padStart(6), 'abc'.padStart(8, '12'));
console.log('x'.padStart(5, ''), 'x'.padStart(-1, '*'), 'x'.padStart(3, 'long filler'));
function fmt(n, width) {
  return String(n).padStart(width, ' ');
}
var nums = [1, 22, 333, 4444];
for (var i = 0; i < nums.length; i++) console.log('[' + fmt(nums[i], 6) + ']');
function hex(n) {
  return n.toString(16).padStart(2, '0');
}
console.log(hex(0) + hex(15) + hex(16) + hex(255));
function box(text) {
  var line = '+' + '-'.repeat(text.length + 2) + '+';
  return line + '\n| ' + text + ' |\n' + line;
}
console.log(box('hello'));
for (var r = 1; r <= 4; r++) console.log(' '.repeat(4 - r) + '*'.repeat(2 * r - 1));
var total = 0;
for (var k = 0; k < 3000; k++) total += String(k).padStart(5, '0').length + 'ab'.repeat(k % 4).length;
console.log(total);
console.log(String(7).padStart(3, 0), 'a'.repeat('3'));
