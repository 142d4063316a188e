// Recursive functions that get hot, then take a different type path.
function sum(n) { return n <= 0 ? 0 : n + sum(n - 1); }
var s = 0;
for (var i = 0; i < 40; i++) { s += sum(100); }
console.log("int recursion", s);
console.log(sum(100.5), sum(2.25), sum("3"));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(16));
console.log(fib(5.5), fib(1.5));
function walk(node) {
  if (node === null) { return 0; }
  return node.v + walk(node.l) + walk(node.r);
}
function buildTree(d, v) {
  if (d === 0) { return null; }
  return { v: v, l: buildTree(d - 1, v * 2), r: buildTree(d - 1, v * 2 + 1) };
}
var tree = buildTree(8, 1);
console.log("tree sum", walk(tree));
tree.l.v = 0.5;
tree.r.r.v = -100;
console.log("modified", walk(tree));
tree.l.l = { l: null, r: null, v: 1000, extra: true };
console.log("new shape", walk(tree));
