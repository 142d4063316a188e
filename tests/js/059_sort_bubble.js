// Bubble sort and selection sort implemented by hand.
function bubble(a) {
  var swaps = 0;
  for (var i = 0; i < a.length; i++) {
    for (var j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        var t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
        swaps++;
      }
    }
  }
  return swaps;
}
function selection(a) {
  for (var i = 0; i < a.length - 1; i++) {
    var m = i;
    for (var j = i + 1; j < a.length; j++) {
      if (a[j] < a[m]) { m = j; }
    }
    var t = a[i];
    a[i] = a[m];
    a[m] = t;
  }
  return a;
}
var data = [5, 3, 9, 1, 5, 8, -2, 0, 7, 3];
var d1 = [];
for (var k = 0; k < data.length; k++) { d1.push(data[k]); }
console.log("swaps", bubble(d1), d1);
console.log(selection([3.5, -1.25, 2, 0.5, -0, 10]));
console.log(selection(["pear", "fig", "apple", "kiwi"]));
var big = [];
var seed = 7;
for (var n = 0; n < 60; n++) {
  seed = (seed * 73 + 19) % 1000;
  big.push(seed);
}
bubble(big);
var ok = true;
for (var q = 1; q < big.length; q++) { if (big[q - 1] > big[q]) { ok = false; } }
console.log("sorted", ok, big[0], big[59]);
console.log(big);
