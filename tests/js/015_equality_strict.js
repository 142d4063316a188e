// === and !== never convert types.
console.log(1 === 1, 1 === 1.0, 1 === "1", "1" === "1");
console.log(0 === -0, NaN === NaN, null === null, undefined === undefined);
console.log(null === undefined, true === 1, false === 0, "" === 0);
var o = { a: 1 };
var p = { a: 1 };
var q = o;
console.log(o === p, o === q, o !== p, q !== o);
var arr = [1];
console.log(arr === arr, arr === [1], [] === []);
function f() {}
var g = f;
console.log(f === g, f === function () {}, f !== g);
console.log("ab" + "c" === "abc", 0.1 + 0.2 === 0.3, 2 / 2 === 1);
console.log(Infinity === 1 / 0, -Infinity === -1 / 0);
var values = [0, -0, 1, "1", "", null, undefined, true, NaN];
var line = "";
for (var i = 0; i < values.length; i++) {
  var row = "";
  for (var j = 0; j < values.length; j++) {
    row = row + (values[i] === values[j] ? "1" : ".");
  }
  line = line + row + " ";
}
console.log(line);
