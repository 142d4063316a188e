// Callbacks receive (element, index, array) and may use all three.
var arr = ['a', 'b', 'c'];
console.log(arr.map((v, i, a) => v + i + (a === arr)));
var idxs = [];
arr.forEach((_, i) => idxs.push(i));
console.log(idxs);
console.log(arr.filter((v, i, a) => i < a.length - 1));
console.log(arr.find((v, i) => i === 2), arr.findIndex((v, i, a) => a[i] === 'b'));
console.log(arr.some((v, i, a) => a.length === 3 && i === 2), arr.every((v, i) => typeof i === 'number'));
console.log(arr.reduce((acc, v, i, a) => acc + v + i + a.length, '>'));
function callbackWithMore(v, i, a, extra) {
  return extra === undefined ? v.toUpperCase() : 'extra?';
}
console.log(arr.map(callbackWithMore));
function noArgs() {
  return 'n';
}
console.log(arr.map(noArgs));
var neighbors = [1, 5, 2, 8, 3].map((v, i, a) => (i > 0 ? v - a[i - 1] : 0));
console.log(neighbors);
var pairs = [10, 20, 30].map((v, i, a) => [v, a[a.length - 1 - i]]);
console.log(pairs);
