// console.log with zero, one and many arguments of mixed kinds.
console.log();
console.log("single");
console.log("a", "b", "c");
console.log(1, "1", true, null, undefined);
console.log("num", 1.5, "str", "x y", "obj", { a: 1 }, "arr", [1, "2"]);
console.log("", "", "");
console.log(" leading", "trailing ");
console.log([], {}, "", 0);
console.log("multi\nline", "arg");
function f() {}
console.log("fn", f, "arrow", () => 1);
console.log(-0, [-0], 0, "-0");
var parts = [1, 2, 3];
console.log("parts:", parts, "len:", parts.length);
console.log(undefined, undefined);
console.log(null);
console.log("nested", [[1, [2, [3]]]], { o: { p: { q: 1 } } });
console.log("a" + "b", 1 + 2, "1" + 2);
console.log("quote'in", ["quote'in"], 'dq"in', ['dq"in']);
for (var i = 0; i < 3; i++) { console.log("line", i, i * i, i === 2); }
