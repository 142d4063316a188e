// push returns the new length; pop returns the removed element or undefined.
var a = [];
console.log(a.push(1), a.push(2), a.push(3), a);
console.log(a.pop(), a.pop(), a, a.length);
console.log(a.pop(), a.pop(), a.length, a);
var stack = [];
for (var i = 0; i < 10; i++) { stack.push(i * i); }
var popped = [];
while (stack.length > 0) { popped.push(stack.pop()); }
console.log(popped, stack);
var mixed = [1];
mixed.push("s");
mixed.push(2.5);
mixed.push(null);
mixed.push([1, 2]);
console.log(mixed, mixed.length);
var last = mixed.pop();
console.log(last, mixed.pop(), mixed);
function balanced(tokens) {
  var st = [];
  for (var i = 0; i < tokens.length; i++) {
    var c = tokens[i];
    if (c === "(" || c === "[" || c === "{") {
      st.push(c);
    } else {
      var top = st.pop();
      if (c === ")" && top !== "(") { return false; }
      if (c === "]" && top !== "[") { return false; }
      if (c === "}" && top !== "{") { return false; }
    }
  }
  return st.length === 0;
}
console.log(balanced(["(", "[", "]", "{", "}", ")"]), balanced(["(", "[", ")", "]"]));
console.log(balanced(["(", "("]), balanced([]), balanced([")"]), balanced(["{", "(", ")", "}"]));
var grow = [];
var lens = 0;
for (var k = 0; k < 1000; k++) { lens += grow.push(k); }
console.log(grow.length, lens, grow[999]);
for (var m = 0; m < 500; m++) { grow.pop(); }
console.log(grow.length, grow[499], grow[500]);
