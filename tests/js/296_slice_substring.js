// slice vs substring: negative indexes, swapped arguments, out of range.
var s = 'abcdefgh';
console.log(s.slice(2), s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2), s.slice(100));
console.log(s.substring(2), s.substring(2, 5), s.substring(-3), s.substring(5, 2), s.substring(3, 3), s.substring(100));
console.log(s.slice(0), s.slice(), s.substring(0), s.substring(), s.slice(-100), s.slice(0, -100));
console.log(s.slice(1.7, 4.2), s.substring(NaN, 3), s.slice(NaN), s.slice('2', '4'));
console.log(JSON.stringify(s.slice(3, 3)), JSON.stringify(''.slice(1)), s.substring(8, 0));
function reverse(str) {
  var r = '';
  for (var i = str.length; i > 0; i--) r += str.slice(i - 1, i);
  return r;
}
console.log(reverse('hello world'));
function chunks(str, size) {
  var out = [];
  for (var i = 0; i < str.length; i += size) out.push(str.substring(i, i + size));
  return out;
}
console.log(chunks('abcdefghij', 3), chunks('', 2), chunks('ab', 5));
var total = 0;
var base = 'the quick brown fox';
for (var k = 0; k < 3000; k++) {
  total += base.slice(k % 5, (k % 5) + 4).length + base.substring(k % 19).length;
}
console.log(total);
