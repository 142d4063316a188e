// ?: is right-associative, lazy, and returns its chosen operand.
console.log(true ? 1 : 2, false ? 1 : 2, 0 ? "a" : "b", "" ? "a" : "b");
console.log(null ? 1 : 2, {} ? 1 : 2, [] ? 1 : 2, NaN ? 1 : 2);
function sign(n) { return n > 0 ? 1 : n < 0 ? -1 : 0; }
console.log(sign(5), sign(-5), sign(0), sign(-0), sign(NaN));
var evaluated = "";
function side(tag, v) { evaluated = evaluated + tag; return v; }
var r = side("c", true) ? side("t", 1) : side("f", 2);
console.log(r, evaluated);
evaluated = "";
r = side("c", 0) ? side("t", 1) : side("f", 2);
console.log(r, evaluated);
function grade(score) {
  return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F";
}
var scores = [95, 85, 75, 65, 90, 80];
var gs = [];
for (var i = 0; i < scores.length; i++) {
  gs.push(grade(scores[i]));
}
console.log(gs);
var n = 7;
var kind = n % 2 === 0 ? "even" : "odd";
console.log(kind);
var val = (n > 5 ? n : 0) + 1;
console.log(val);
var fn = n > 5 ? function () { return "big"; } : function () { return "small"; };
console.log(fn());
var nested = true ? false ? "a" : "b" : "c";
console.log(nested);
