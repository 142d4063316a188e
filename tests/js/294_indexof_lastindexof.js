// String indexOf and lastIndexOf, with start positions and edge cases.
var s = 'abcabcabc';
console.log(s.indexOf('a'), s.indexOf('c'), s.indexOf('bc'), s.indexOf('x'), s.indexOf(''));
console.log(s.indexOf('a', 1), s.indexOf('a', 3), s.indexOf('a', 7), s.indexOf('a', 100), s.indexOf('a', -5));
console.log(s.lastIndexOf('a'), s.lastIndexOf('bc'), s.lastIndexOf('x'), s.lastIndexOf(''));
console.log(s.lastIndexOf('a', 5), s.lastIndexOf('a', 0), s.lastIndexOf('c', 1), s.lastIndexOf('a', -3));
console.log(s.indexOf('', 4), s.indexOf('', 99), s.lastIndexOf('', 4));
console.log('aaa'.indexOf('aa'), 'aaa'.lastIndexOf('aa'), ''.indexOf(''), ''.indexOf('a'));
console.log('Case'.indexOf('case'), 'x1x'.indexOf(1), 'null'.indexOf(null), 'undefined'.indexOf());
function countOccurrences(hay, needle) {
  var n = 0;
  var pos = hay.indexOf(needle);
  while (pos !== -1) {
    n++;
    pos = hay.indexOf(needle, pos + 1);
  }
  return n;
}
var text = 'the cat sat on the mat with the hat';
console.log(countOccurrences(text, 'the'), countOccurrences(text, 'at'), countOccurrences(text, 'zz'));
var total = 0;
for (var i = 0; i < 3000; i++) total += text.indexOf(i % 2 ? 'mat' : 'hat');
console.log(total);
