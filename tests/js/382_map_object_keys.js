// Objects, arrays and functions as Map keys compare by identity.
var m = new Map();
var k1 = { id: 1 };
var k2 = { id: 1 };
var arr = [1, 2];
var fn = function () {};
m.set(k1, 'first object');
m.set(k2, 'second object');
m.set(arr, 'array');
m.set(fn, 'function');
console.log(m.size, m.get(k1), m.get(k2), m.get({ id: 1 }), m.get(arr), m.get([1, 2]), m.get(fn));
k1.id = 99;
console.log(m.get(k1));
class Node {
  constructor(name) {
    this.name = name;
  }
}
var nodes = [new Node('a'), new Node('b'), new Node('c')];
var edges = new Map();
edges.set(nodes[0], [nodes[1], nodes[2]]);
edges.set(nodes[1], [nodes[2]]);
edges.set(nodes[2], []);
for (var n of nodes) console.log(n.name, '->', edges.get(n).map((x) => x.name).join(','));
var visits = new Map();
for (var i = 0; i < 3000; i++) {
  var node = nodes[i % 3];
  visits.set(node, (visits.get(node) || 0) + 1);
}
console.log([...visits.values()]);
var keyList = [...m.keys()];
console.log(keyList[0] === k1, keyList[2] === arr, typeof keyList[3]);
m.delete(k2);
console.log(m.has(k2), m.has(k1), m.size);
var strKey = new Map([['[object Object]', 'string'], [{}, 'object']]);
console.log(strKey.size, strKey.get('[object Object]'));
