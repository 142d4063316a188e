// codePointAt and String.fromCharCode.
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(0x41 + 25));
console.log(String.fromCharCode(65.9), String.fromCharCode(65536 + 66), String.fromCharCode(-1).charCodeAt(0));
console.log(String.fromCharCode('97', '98'), JSON.stringify(String.fromCharCode(0)));
var smile = '\u{1F600}';
console.log(smile.length, smile.codePointAt(0), smile.codePointAt(1), smile.charCodeAt(0), smile.charCodeAt(1));
console.log('abc'.codePointAt(1), 'abc'.codePointAt(5), 'A'.codePointAt(0));
console.log(String.fromCharCode(0xD83D, 0xDE00) === smile);
var alphabet = '';
for (var i = 0; i < 26; i++) alphabet += String.fromCharCode(97 + i);
console.log(alphabet);
function rot13(s) {
  var out = '';
  for (var j = 0; j < s.length; j++) {
    var c = s.charCodeAt(j);
    if (c >= 97 && c <= 122) c = ((c - 97 + 13) % 26) + 97;
    else if (c >= 65 && c <= 90) c = ((c - 65 + 13) % 26) + 65;
    out += String.fromCharCode(c);
  }
  return out;
}
console.log(rot13('Hello, World!'), rot13(rot13('Round Trip')));
var codes = [];
for (var k = 0; k < 'héllo'.length; k++) codes.push('héllo'.codePointAt(k));
console.log(codes);
var built = '';
for (var m = 0; m < 3000; m++) {
  built = String.fromCharCode(48 + (m % 10));
}
console.log(built);
