// trim, toUpperCase and toLowerCase.
console.log('[' + '  padded  '.trim() + ']', '[' + '\t\n x \r\n'.trim() + ']', '[' + ''.trim() + ']', '[' + '   '.trim() + ']');
console.log('[' + 'no-space'.trim() + ']', '[' + ' inner  space '.trim() + ']');
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase(), 'ÉCOLE'.toLowerCase(), 'straße'.toUpperCase());
console.log('123abc!@#'.toUpperCase(), ''.toUpperCase() === '', 'MiXeD'.toLowerCase() === 'mixed');
function titleCase(s) {
  return s
    .split(' ')
    .map((w) => (w.length ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
}
console.log(titleCase('the QUICK brown fOX'), titleCase(' spaced  out '));
function isPalindrome(s) {
  var clean = '';
  var lower = s.toLowerCase();
  for (var c of lower) if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) clean += c;
  var rev = '';
  for (var i = clean.length - 1; i >= 0; i--) rev += clean[i];
  return clean === rev;
}
console.log(isPalindrome('A man, a plan, a canal: Panama'), isPalindrome('not one'));
var n = 0;
for (var k = 0; k < 3000; k++) {
  var s = ' Item' + k + ' ';
  if (s.trim().toLowerCase().startsWith('item1')) n++;
}
console.log(n);
console.log('\u00a0nbsp\u00a0'.trim().length, '\ufeffbom'.trim());
