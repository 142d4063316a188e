// A String wrapper is an exotic object: its indexes and length are own, read-only,
// non-configurable properties, seen by every way of listing and testing properties.
var s = new String("abc");
console.log(s.length, s[0], s[2], s[3], s["1"], s[-1], s["01"], s[1.5]);
console.log(0 in s, 2 in s, 3 in s, "length" in s, "1" in s, "toUpperCase" in s, "x" in s);
console.log(s.hasOwnProperty(0), s.hasOwnProperty("2"), s.hasOwnProperty(3), s.hasOwnProperty("length"));
console.log(Object.hasOwn(s, "length"), s.propertyIsEnumerable(0), s.propertyIsEnumerable("length"));
console.log(Object.keys(s), Object.values(s), Object.entries(s));
console.log(Object.getOwnPropertyNames(s), Object.getOwnPropertyNames(new String("")));
var keys = [];
for (var k in s) keys.push(k);
console.log(keys);
console.log(Object.getOwnPropertyDescriptor(s, 1), Object.getOwnPropertyDescriptor(s, "length"));
console.log(Object.getOwnPropertyDescriptor(s, 3), Object.getOwnPropertyDescriptors(new String("z")));
// sloppy writes and deletes are ignored; the string does not change
s[0] = "z"; s.length = 10; s[5] = "f";
console.log(s[0], s.length, s[5], String(s), delete s[0], delete s.length, delete s[5], s[5]);
// added properties: integer keys past the string, then named ones
var t = new String("hi");
t.x = 1; t[7] = "seven"; t[2] = "two"; t.y = 2;
console.log(Object.keys(t), Object.getOwnPropertyNames(t), t);
var tk = [];
for (var key in t) tk.push(key);
console.log(tk);
// strict code throws on the read-only ones
(function () {
  "use strict";
  var u = new String("xy");
  try { u[1] = "q"; } catch (e) { console.log(e.name, e.message); }
  try { u.length = 0; } catch (e) { console.log(e.name, e.message); }
  try { delete u[0]; } catch (e) { console.log(e.name, e.message); }
  try { delete u.length; } catch (e) { console.log(e.name, e.message); }
  u[2] = "ok"; u.z = "fine";
  console.log(u[2], u.z, delete u[2], u[2], delete u[9]);
})();
// defineProperty may only restate what is there
var d = new String("de");
try { Object.defineProperty(d, "0", { value: "x" }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(d, "length", { value: 5 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(d, "1", { writable: true }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(d, "1", { enumerable: false }); } catch (e) { console.log(e.name, e.message); }
Object.defineProperty(d, "0", { value: "d", enumerable: true, writable: false, configurable: false });
Object.defineProperty(d, "length", { value: 2 });
Object.defineProperty(d, "2", { value: "new", enumerable: true });
console.log(d, Object.keys(d), d[2]);
// astral characters count as two code units, as in the string itself
var a = new String("a\u{1F600}b");
console.log(a.length, Object.keys(a), a[3], a[1] === "\ud83d", [...a], Array.from(a));
// spread, Object.assign, iteration, array-likes
console.log({ ...new String("xy") }, Object.assign({}, new String("pq")), [...new String("ok")]);
var chars = [];
for (var c of new String("for")) chars.push(c);
console.log(chars, Array.prototype.join.call(new String("abc"), "-"));
console.log(Array.prototype.map.call(new String("abc"), function (ch) { return ch.toUpperCase(); }));
console.log(Array.prototype.slice.call(new String("hello"), 1, 3), Array.prototype.indexOf.call(new String("hey"), "y"));
console.log(Array.prototype.concat.call("ab", 1), [].concat(new String("z")), Array.prototype.includes.call(new String("q"), "q"));
Array.prototype.forEach.call("ab", function (ch, i, arr) { console.log(ch, i, typeof arr, arr.length); });
try { Array.prototype.push.call(new String("ab"), "c"); } catch (e) { console.log(e.name); }
// freezing, and wrappers of other kinds have no indexes
var f = Object.freeze(new String("fz"));
console.log(Object.isFrozen(f), f[0], f.length, Object.keys(f));
var num = new Number(12);
console.log(num.length, num[0], 0 in num, Object.keys(num), Object.getOwnPropertyNames(num));
console.log(Object.getOwnPropertyNames(new Boolean(true)), "length" in new Boolean(true));
// array methods that write into a String wrapper meet its read-only indexes and length
try { Array.prototype.sort.call(new String("cba")); } catch (e) { console.log(e.name, e.message); }
try { Array.prototype.push.call(new String("ab"), "c"); } catch (e) { console.log(e.name, e.message); }
try { Array.prototype.reverse.call("ab"); } catch (e) { console.log(e.name, e.message); }
try { Array.prototype.fill.call("ab", 1); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.fill.call(new Number(3), 1), Array.prototype.push.call(new Number(3), 9));
console.log(Object.setPrototypeOf(new String("ab"), Array.prototype), Object.getOwnPropertyDescriptors(new Number(1)));
