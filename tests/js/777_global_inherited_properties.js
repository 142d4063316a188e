// A name no global variable holds may be a property the global object inherits from
// Object.prototype: it reads as one, `in` sees it, typeof names it, and a store shadows it.
console.log(typeof constructor, constructor === Object);
console.log(typeof toString, typeof hasOwnProperty, toString === Object.prototype.toString);
console.log("toString" in globalThis, "valueOf" in globalThis, "nope" in globalThis);
function f() { return typeof valueOf; }
for (var i = 0; i < 3000; i++) f();
console.log(f(), isPrototypeOf === Object.prototype.isPrototypeOf);
try { nope; } catch (e) { console.log(e.message); }
toString = 5; console.log(toString, Object.prototype.toString === toString);
