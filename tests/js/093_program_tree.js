// A binary search tree: insert, lookup, traversals, height.
function TreeNode(key) {
  this.key = key;
  this.left = null;
  this.right = null;
}
function insert(node, key) {
  if (node === null) { return new TreeNode(key); }
  if (key < node.key) { node.left = insert(node.left, key); }
  else if (key > node.key) { node.right = insert(node.right, key); }
  return node;
}
function contains(node, key) {
  while (node !== null) {
    if (key === node.key) { return true; }
    node = key < node.key ? node.left : node.right;
  }
  return false;
}
function inorder(node, out) {
  if (node !== null) {
    inorder(node.left, out);
    out.push(node.key);
    inorder(node.right, out);
  }
  return out;
}
function height(node) {
  if (node === null) { return 0; }
  return 1 + Math.max(height(node.left), height(node.right));
}
function size(node) { return node === null ? 0 : 1 + size(node.left) + size(node.right); }
var root = null;
var keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30];
for (var i = 0; i < keys.length; i++) { root = insert(root, keys[i]); }
console.log(inorder(root, []), size(root), height(root));
console.log(contains(root, 45), contains(root, 46), contains(root, 80));
var small = insert(insert(insert(null, 2), 1), 3);
console.log(small);
var big = null;
var x = 1;
for (var k = 0; k < 300; k++) {
  x = (x * 7919) % 1009;
  big = insert(big, x);
}
var sorted = inorder(big, []);
var ok = true;
for (var j = 1; j < sorted.length; j++) { if (sorted[j - 1] >= sorted[j]) { ok = false; } }
console.log("size", size(big), "height", height(big), "sorted", ok);
var strTree = null;
var names = ["mango", "apple", "zebra", "kiwi", "banana"];
for (var n = 0; n < names.length; n++) { strTree = insert(strTree, names[n]); }
console.log(inorder(strTree, []));
