// String literals, escape sequences and .length.
var s = "hello";
var t = 'world';
console.log(s, t, s.length, t.length, "".length);
console.log("tab\there", "new\nline", "back\\slash");
console.log("quote \" inside", 'single \' inside', "mixed ' and \"");
console.log("unicode \u0041\u00e9", "hex \x41\x42", "nul-free".length);
console.log("a\tb".length, "a\nb".length, "\\".length, "\u00e9".length);
console.log("carriage\rreturn".length, "vt\vff\f".length, "\0".length);
var empty = "";
console.log("[" + empty + "]", empty.length === 0, !empty, !!s);
var long = "";
for (var i = 0; i < 50; i++) {
  long = long + "ab";
}
console.log(long.length, long);
var words = ["alpha", "beta", "gamma", "delta"];
var totalLen = 0;
for (var j = 0; j < words.length; j++) {
  totalLen += words[j].length;
}
console.log("total length", totalLen);
console.log("caf\u00e9", "\u263A smile", "emoji \uD83D\uDE00".length);
console.log(typeof s, typeof "", typeof 'x');
console.log("line1\nline2\nline3");
