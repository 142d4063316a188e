// A small text-processing program: Caesar cipher, word frequency, run-length encoding.
function shift(text, k) {
  var out = '';
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + k + 26) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + k + 26) % 26) + 97);
    else out += text.charAt(i);
  }
  return out;
}
var plain = 'Attack at Dawn, said the General.';
var enc = shift(plain, 3);
console.log(enc);
console.log(shift(enc, -3) === plain);
function rle(s) {
  var out = '';
  var i = 0;
  while (i < s.length) {
    var j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i) + s[i];
    i = j;
  }
  return out;
}
function unrle(s) {
  var out = '';
  var num = '';
  for (var ch of s) {
    if (ch >= '0' && ch <= '9') num += ch;
    else {
      out += ch.repeat(parseInt(num, 10));
      num = '';
    }
  }
  return out;
}
var data = 'aaaabbbccdaaaaaaaaaaaae';
console.log(rle(data), unrle(rle(data)) === data);
var text = 'the cat and the hat and the bat sat on the mat';
var freq = new Map();
for (var w of text.split(' ')) freq.set(w, (freq.get(w) || 0) + 1);
var sorted = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sorted.slice(0, 4).map((e) => `${e[0]}=${e[1]}`).join(' '));
var check = 0;
for (var r = 0; r < 60; r++) {
  var e = shift(plain, r % 26);
  for (var q = 0; q < e.length; q++) check = (check + e.charCodeAt(q) * (q + 1)) % 1000003;
}
console.log(check);
