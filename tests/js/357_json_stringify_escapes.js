// JSON.stringify escapes quotes, backslashes and control characters.
console.log(JSON.stringify('quote " backslash \\ slash /'));
console.log(JSON.stringify('newline\n tab\t cr\r backspace\b formfeed\f'));
console.log(JSON.stringify('\u0000\u0001\u001f'));
console.log(JSON.stringify('unicode é 中 \u{1F600}'));
console.log(JSON.stringify('\u2028\u2029').length);
console.log(JSON.stringify({ 'k\n': 'v\t' }));
console.log(JSON.stringify(['\\', '"', "'"]));
var s = JSON.stringify('a\nb');
console.log(s.length, s);
var all = '';
for (var i = 0; i < 32; i++) all += String.fromCharCode(i);
console.log(JSON.stringify(all));
var round = JSON.parse(JSON.stringify(all));
console.log(round === all, round.length);
console.log(JSON.parse('"\\u0041\\n\\"\\\\\\/"'));
