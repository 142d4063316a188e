// Permute: generates every permutation of a 6-element array by recursive swapping, counting the calls.
// Self-check: the calls satisfy T(0) = 1, T(n) = 1 + (n + 1) T(n - 1), so T(6) = 8660, and the
// swaps leave the array as it started.
var ITERATIONS = 12;
var SIZE = 6;

function Permuter(size) {
  this.count = 0;
  this.v = [];
  for (var i = 0; i < size; i++) this.v.push(i);
  this.permute = permute;
  this.swap = swap;
}

function permute(n) {
  this.count++;
  if (n !== 0) {
    var n1 = n - 1;
    this.permute(n1);
    for (var i = n1; i >= 0; i--) {
      this.swap(n1, i);
      this.permute(n1);
      this.swap(n1, i);
    }
  }
}

function swap(i, j) {
  var v = this.v;
  var t = v[i];
  v[i] = v[j];
  v[j] = t;
}

function inOrder(v) {
  for (var i = 0; i < v.length; i++) if (v[i] !== i) return false;
  return true;
}

var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  var p = new Permuter(SIZE);
  p.permute(SIZE);
  result = p.count;
  if (result !== 8660 || !inOrder(p.v)) ok = false;
}
console.log("permute", result, ok ? "ok" : "WRONG");
