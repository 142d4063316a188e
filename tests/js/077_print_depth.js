// Nesting deeper than two levels prints [Object] / [Array] placeholders.
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: 1 } } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log([[[[]]]]);
console.log([[[{}]]]);
console.log([[[[1]]]]);
console.log({ l1: { l2: { l3: [1, 2] } } });
console.log({ l1: { l2: { l3: {} } } });
console.log({ l1: { l2: { l3: { x: 1 }, other: [[1]] } } });
function P(x) { this.x = x; }
console.log({ a: { b: { p: new P(1) } } });
console.log([{ a: [{ b: 1 }] }]);
var chain = { v: 0 };
var cur = chain;
for (var i = 1; i < 6; i++) {
  cur.next = { v: i };
  cur = cur.next;
}
console.log(chain);
console.log({ x: { y: { z: { w: 1 } } } }, [[["deep", ["deeper"]]]]);
var wide = { a: { b: { c: 1, d: { e: 2 } }, f: [1, [2, [3]]] }, g: 3 };
console.log(wide);
