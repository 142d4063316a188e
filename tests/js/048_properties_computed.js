// Property access by name and by computed key, including numeric keys.
var o = { x: 1, y: 2 };
console.log(o["x"], o["y"], o["z"]);
var k = "x";
o[k] = 100;
console.log(o.x, o[k]);
o["new" + "Key"] = "made";
console.log(o.newKey, o["newKey"]);
var names = ["alpha", "beta", "gamma"];
var table = {};
for (var i = 0; i < names.length; i++) {
  table[names[i]] = i * 10;
}
console.log(table, table.beta);
var counts = {};
var words = ["a", "b", "a", "c", "b", "a"];
for (var j = 0; j < words.length; j++) {
  var w = words[j];
  if (counts[w] === undefined) {
    counts[w] = 1;
  } else {
    counts[w] = counts[w] + 1;
  }
}
console.log(counts);
var num = {};
num[1] = "one";
num["2"] = "two";
num[1.5] = "one and half";
console.log(num[1], num["1"], num[2], num["1.5"], num[1.5]);
var weird = {};
weird[null] = "n";
weird[undefined] = "u";
weird[true] = "t";
console.log(weird["null"], weird["undefined"], weird["true"]);
var nested = { inner: { deeper: { key: "v" } } };
var path = ["inner", "deeper", "key"];
var cur = nested;
for (var p = 0; p < path.length; p++) {
  cur = cur[path[p]];
}
console.log(cur);
var arr = [10, 20, 30];
console.log(arr["1"], arr[1.0], arr["length"]);
