// Reserved words and built-in names as method names: class, static, and object-literal methods.
class Query {
  constructor(parts) { this.parts = parts || []; }
  static with(...parts) { return new Query(parts); }
  static new() { return new Query(['fresh']); }
  delete(p) { return new Query(this.parts.filter(x => x !== p)); }
  in(p) { return this.parts.includes(p); }
  return() { return 'returned'; }
  if(cond, a, b) { return cond ? a : b; }
  length() { return this.parts.length; }
  toString() { return 'Query(' + this.parts.join(',') + ')'; }
  valueOf() { return this.parts.length * 100; }
  default() { return 'default method'; }
  get class() { return 'Query'; }
  static get null() { return 'static getter named null'; }
}
const q = Query.with('a', 'b', 'c');
console.log(q.length(), String(q), `${q}`, q + 1, q > 250, q.in('b'), q.delete('b').toString());
console.log(Query.new().parts, q.return(), q.if(true, 'yes', 'no'), q.default(), q.class, Query.null);
console.log(typeof q.length, q.toString === Query.prototype.toString);
// A user length() method on arrays-like wrappers does not change the built-in length.
class Stack {
  items = [];
  push(v) { this.items.push(v); return this; }
  length() { return this.items.length; }
  size() { return this.length(); }
}
const s = new Stack().push(1).push(2).push(3);
console.log(s.length(), s.size(), s.items.length);
// Object-literal methods named after keywords.
const ops = {
  new(x) { return { made: x }; },
  typeof(v) { return typeof v; },
  switch(k) { switch (k) { case 1: return 'one'; default: return 'other'; } },
  catch(fn) { try { return fn(); } catch (e) { return 'caught ' + e.message; } },
  throw(m) { throw new Error(m); },
  function() { return 'a method called function'; },
  true() { return true; },
  static() { return 'static'; },
  get() { return 'get'; },
  set(v) { return 'set ' + v; },
};
console.log(ops.new(5), ops.typeof(null), ops.switch(1), ops.switch(2), ops.catch(() => ops.throw('bad')));
console.log(ops.function(), ops.true(), ops.static(), ops.get(), ops.set(9));
// toString and valueOf as user methods drive conversions.
const money = { cents: 1234, toString() { return '$' + (this.cents / 100).toFixed(2); }, valueOf() { return this.cents; } };
console.log(String(money), money + 0, `${money}`, money * 2, [money].join(), money > 1000);
// Static methods named like built-ins and keywords.
class Util {
  static toString() { return 'Util class'; }
  static for(n) { return Array.from({ length: n }, (_, i) => i); }
  static of(...xs) { return xs.length; }
  static get static() { return 'static static getter'; }
}
console.log(String(Util), Util.for(3), Util.of(1, 2, 3), Util.static);
// Inheriting and overriding methods with reserved names.
class Sub extends Query {
  delete(p) { return 'Sub.delete(' + p + ') then ' + super.delete(p); }
  static with(...parts) { return new Sub(parts.map(x => x.toUpperCase())); }
}
console.log(Sub.with('x', 'y').delete('X'), Sub.with('a').length());
// Calling a reserved-name method in a hot loop.
let total = 0;
for (let i = 0; i < 3000; i++) total += Query.with(i, i + 1).length() + (q.in('a') ? 1 : 0);
console.log(total);
