// Primitive wrapper objects: new String/Number/Boolean, Object(primitive), their typeof,
// unwrapping by valueOf/toString, ToPrimitive in operators, identity, printing and JSON.
var s = new String("ab"), n = new Number(3), b = new Boolean(false);
console.log(typeof s, typeof n, typeof b, typeof String("ab"), typeof Number("3"), typeof Boolean(0));
console.log(s, n, b, new Number(-0), new Number(NaN), new String(""), new Boolean(true));
console.log(new String(), new Number(), new Boolean(), new String(undefined), new Number(undefined), new Number(null));
console.log(new String(12.5), new Number("0x10"), new Number(" 7 "), new Boolean(""), new Boolean("0"), new Number(5n));
console.log(s.valueOf(), s.toString(), n.valueOf(), n.toString(), b.valueOf(), b.toString());
console.log(typeof s.valueOf(), typeof n.valueOf(), typeof b.valueOf());
// ToPrimitive through valueOf and toString
console.log(n + 1, s + "c", "x" + b, n * 2, -n, +s, s + n, n > 2, s < "b", `${s}-${n}-${b}`);
console.log(n == 3, s == "ab", b == false, n === 3, s === "ab", new Number(1) == new Number(1));
console.log(b ? "truthy" : "falsy", !b, !!new Boolean(false), new Number(0) ? 1 : 2, new String("") ? 1 : 2);
console.log(n == "3", s == "ab" && "ab" == s, null == new Number(0), undefined == new String(""));
console.log(String(s), Number(n), Boolean(b), String(n), Number(s), Number(new String("12")));
console.log([new Number(3), new Number(1), new Number(2)].sort().join(), Math.max(new Number(4), 2));
// Object(primitive) and new Object(primitive) wrap; objects pass through
var o1 = Object(1), o2 = new Object("xy"), o3 = Object(true), o4 = Object(10n);
console.log(o1, o2, o3, o4, typeof o1, typeof o4);
console.log(o1 instanceof Number, o2 instanceof String, o3 instanceof Boolean, o1 instanceof Object);
var plain = {k: 1};
console.log(Object(plain) === plain, new Object(plain) === plain, Object(null), Object(undefined), Object());
console.log(Object(1) === Object(1), s === s, Object(s) === s, o4 + 1n, typeof o4.valueOf());
console.log(n instanceof Number, s instanceof String, 3 instanceof Number, "ab" instanceof String);
console.log(Object.getPrototypeOf(s) === String.prototype, s.constructor === String, n.constructor.name);
// Object.prototype.toString tags
var tag = Object.prototype.toString;
console.log(tag.call(s), tag.call(n), tag.call(b), tag.call(o4), tag.call(new String("")));
console.log(tag.call(String.prototype), tag.call(Number.prototype), tag.call(Boolean.prototype));
// the prototypes are wrappers of "", 0 and false
console.log(String.prototype.length, Number.prototype.valueOf(), Boolean.prototype.valueOf(), String.prototype.toString() === "");
console.log(String.prototype, Number.prototype, Boolean.prototype);
// an own valueOf / toString on a wrapper is what ToPrimitive calls
var w = new Number(10);
w.valueOf = function () { return 42; };
console.log(w + 1, String(w), `${w}`, w > 41);
var ws = new String("hi");
ws.toString = function () { return "HI"; };
console.log(ws + "!", `${ws}`, String(ws), ws.length, ws.toUpperCase());
// printing like node: extra own properties, nested, quotes, long strings
var e = new String("ab"); e.x = 1; e.y = "two";
var m = new Number(5); m.unit = "px";
console.log(e, m, [e, m, new Boolean(true)], { a: new Number(2), b: [new String("q")] });
console.log(new String("it's"), new String('say "hi"'), new String("a\nb"), [new String("")]);
console.log({ deep: { deeper: { deepest: { w: new String("in"), v: e } } } });
console.log(new String("this is a string wrapper whose text is longer than the break length of eighty chars"));
console.log([new Number(1.5), new Number(-0), new Number(1e21), new Number(Infinity)]);
var nullProto = new Number(7); Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
console.log("%s|%d|%i|%j", new String("fmt"), new Number(4.5), new Number(4.5), new String("q"));
// JSON.stringify unwraps Number, String and Boolean wrappers
console.log(JSON.stringify(s), JSON.stringify(n), JSON.stringify(b), JSON.stringify([s, n, b]));
console.log(JSON.stringify({ a: new Number(1), b: new Boolean(true), c: new String("c"), d: e }));
console.log(JSON.stringify(w), JSON.stringify(ws), JSON.stringify({ x: 1, y: [2] }, null, new Number(2)));
console.log(JSON.stringify({ x: 1, y: 2 }, [new String("y")]), JSON.stringify({ a: [1] }, null, new String("--")));
try { JSON.stringify(Object(1n)); } catch (err) { console.log(err.name, err.message); }
console.log(JSON.stringify({ v: new Number(NaN) }), JSON.stringify(new Number(-0)));
