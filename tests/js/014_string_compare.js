// Relational comparison of strings is by UTF-16 code units.
console.log("a" < "b", "b" < "a", "a" < "a", "a" <= "a");
console.log("abc" < "abd", "abc" < "ab", "ab" < "abc", "" < "a");
console.log("Z" < "a", "a" > "Z", "10" < "9", "10" < "2");
console.log("apple" > "apricot", "banana" >= "banana");
console.log("A" < "a", "z" > "y", "aa" > "a", "\u00e9" > "z");
console.log("10" < 9, "10" > 9, "abc" < 1, "abc" > 1, "5" >= 5);
var words = ["pear", "apple", "fig", "banana", "cherry", "date"];
for (var i = 1; i < words.length; i++) {
  var w = words[i];
  var j = i - 1;
  while (j >= 0 && words[j] > w) {
    words[j + 1] = words[j];
    j--;
  }
  words[j + 1] = w;
}
console.log(words);
var min = words[0];
var max = words[0];
for (var k = 0; k < words.length; k++) {
  if (words[k] < min) { min = words[k]; }
  if (words[k] > max) { max = words[k]; }
}
console.log(min, max);
console.log("abc" === "abc", "abc" === "ab" + "c", "a" !== "A");
