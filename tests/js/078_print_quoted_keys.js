// Keys that are not valid identifiers are printed quoted.
console.log({ "a-b": 1 });
console.log({ "with space": 1, normal: 2, "": 3 });
console.log({ "1abc": 1, abc1: 2, _ok: 3, $ok: 4 });
console.log({ "it's": 1, 'say "x"': 2 });
console.log({ "dot.key": true, "colon:key": false });
var o = {};
o["computed-key"] = "v";
o["another key"] = [1];
o.plain = null;
console.log(o);
console.log({ 10: "ten", 2: "two", b: "b", a: "a" });
console.log({ "é": 1, "ü_ok": 2 });
var k = "x";
var dyn = {};
dyn[k + "-" + 1] = 1;
dyn[k + 2] = 2;
console.log(dyn);
console.log([{ "a b": { "c d": 1 } }]);
