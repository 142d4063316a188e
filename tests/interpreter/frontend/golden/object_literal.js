// Object and array literals: CreateObjectLiteral sized by the distinct keys, then one define per key.
function make(v) {
  var inner = { deep: [v, 1.5, "s"] };
  return { a: v, b: inner, a: v + 1, c: [] };
}
var o = make(2);
console.log(o.a, o.b.deep[2], o.c.length);
