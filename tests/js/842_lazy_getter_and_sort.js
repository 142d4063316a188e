// Dependencies broken from inside a getter and from a comparator Array.prototype.sort calls.
var FACTOR = 2;
var calls = 0;
var box = {
  get v() { calls++; if (calls === 1200) FACTOR = 7; return calls & 3; }
};
function readBox() { var a = FACTOR; var g = box.v; return a * 10 + g * FACTOR; }
function readTwice() { return readBox() + FACTOR; }
var sum = 0;
for (var i = 0; i < 2000; i++) sum += readTwice();
console.log(sum, FACTOR);

var BIAS = 1;
var cmpCalls = 0;
function cmp(a, b) {
  cmpCalls++;
  if (cmpCalls === 5000) BIAS = -1;        // reverses the order in the middle of a sort
  return (a - b) * BIAS;
}
function sortAndScore(arr) {
  var before = BIAS;
  arr.sort(cmp);
  return before * 1000 + BIAS * 100 + arr[0];
}
var results = [];
for (var r = 0; r < 400; r++) {
  var arr = [5, 3, 9, 1, 7, 2, 8];
  var sc = sortAndScore(arr);
  if (r % 100 === 0 || (cmpCalls > 4980 && cmpCalls < 5100)) results.push(sc + "/" + arr.join(""));
}
console.log(results.join(" "), BIAS);

// A class's prototype patched from a comparator: the method the caller folded changes.
class Item { constructor(n) { this.n = n; } key() { return this.n; } }
var byKeyCalls = 0;
function byKey(a, b) {
  byKeyCalls++;
  if (byKeyCalls === 700) Item.prototype.key = function () { return -this.n; };
  return a.key() - b.key();
}
function run() {
  var items = [new Item(3), new Item(1), new Item(2)];
  items.sort(byKey);
  return items.map(function (x) { return x.n; }).join("") + items[0].key();
}
var got = [];
for (var q = 0; q < 600; q++) { var g = run(); if (q % 200 === 0 || (byKeyCalls > 690 && byKeyCalls < 712)) got.push(g); }
console.log(got.join(" "));
