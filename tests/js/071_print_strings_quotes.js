// Strings print raw at top level and quoted inside arrays and objects.
console.log("plain");
console.log(["plain"]);
console.log({ s: "plain" });
console.log("it's");
console.log(["it's"]);
console.log({ s: "it's" });
console.log(['say "hi"']);
console.log(["both ' and \""]);
console.log(["back\\slash", "new\nline", "tab\tchar"]);
console.log({ empty: "", space: " " });
console.log([""]);
console.log(["a", "b", "c"], "a", "b");
console.log(["x"].length, ["é", "ü"]);
console.log([["nested", ["deeper"]]]);
console.log({ k: ["v1", "v2"], n: { m: "deep'quote" } });
var s = "";
for (var i = 0; i < 5; i++) { s = s + "ab"; }
console.log([s, s.length]);
console.log(["\u0001", "\u007f"]);
console.log(["carriage\rreturn", "nul\0char"]);
