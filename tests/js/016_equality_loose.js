// == and != with the abstract equality conversions.
console.log(1 == "1", "1" == 1, 0 == "", "0" == false, 0 == false);
console.log(null == undefined, undefined == null, null == 0, undefined == 0);
console.log(null == false, undefined == false, "" == false, " \t" == 0);
console.log(NaN == NaN, NaN == "NaN", 1 == true, 2 == true, "1" == true);
console.log("abc" == "abc", "abc" == "ABC", "1.0" == 1, "1e3" == 1000);
console.log("0x10" == 16, " 12 " == 12, "12px" == 12, "" == 0);
console.log(1 != "1", null != undefined, 0 != false, "a" != "b");
console.log(Infinity == "Infinity", -0 == "0", "-0" == 0);
var o = { v: 1 };
console.log(o == o, o == { v: 1 }, o != null, o == undefined);
console.log([] == false, [0] == false, [1] == 1, [1, 2] == "1,2");
console.log("" == [], "x" == ["x"], null == [], 0 == []);
var values = [0, "0", "", false, null, undefined, 1, "1", true];
var line = "";
for (var i = 0; i < values.length; i++) {
  var row = "";
  for (var j = 0; j < values.length; j++) {
    row = row + (values[i] == values[j] ? "1" : ".");
  }
  line = line + row + " ";
}
console.log(line);
