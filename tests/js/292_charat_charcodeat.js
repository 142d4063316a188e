// charAt, charCodeAt and indexing.
var s = 'Hello, World!';
console.log(s.charAt(0), s.charAt(7), s.charAt(12), JSON.stringify(s.charAt(13)), JSON.stringify(s.charAt(-1)));
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(5), s.charCodeAt(100), s.charCodeAt(-1));
console.log(s[0], s[4], s[100], s.length);
console.log(s.charAt(), s.charCodeAt(), s.charAt(1.7), s.charCodeAt('2'), s.charAt(NaN));
var u = '\u00e9\u4e2d\n\t';
console.log(u.charCodeAt(0), u.charCodeAt(1), u.charCodeAt(2), u.charCodeAt(3));
var sum = 0;
var text = 'the quick brown fox jumps over the lazy dog';
for (var r = 0; r < 100; r++) {
  for (var i = 0; i < text.length; i++) sum += text.charCodeAt(i);
}
console.log(sum);
var vowels = 0;
for (var j = 0; j < text.length; j++) {
  var c = text.charAt(j);
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') vowels++;
}
console.log(vowels);
function hash(str) {
  var h = 0;
  for (var k = 0; k < str.length; k++) h = (h * 31 + str.charCodeAt(k)) | 0;
  return h;
}
console.log(hash(''), hash('a'), hash(text), hash(text + text));
console.log(''.charAt(0) === '', isNaN(''.charCodeAt(0)));
