// Unary -, +, ! and ~ on all kinds of operands.
var a = 5;
console.log(-a, +a, !a, ~a, - -a, -(-a));
console.log(-"7", +"7", +"", +" 3 ", +"x", -true, +false);
console.log(+null, +undefined, -null, +[], +[7], +{});
console.log(!0, !1, !"", !"0", !"false", !null, !undefined, !NaN);
console.log(!{}, ![], !-0, !-1, !!"x", !!0);
console.log(~0, ~-1, ~1, ~2147483647, ~-2147483648, ~4294967295);
console.log(~1.7, ~-1.7, ~NaN, ~Infinity, ~"5", ~~3.9, ~~-3.9);
var b = -2147483648;
console.log(-b, +b, -(b - 1));
var c = 0;
console.log(-c, +c, -(-c), 1 / -c);
var s = "12";
console.log(-s + 1, +s + 1, s + 1);
var flag = false;
for (var i = 0; i < 5; i++) {
  flag = !flag;
}
console.log("flag", flag);
function negate(x) { return -x; }
console.log(negate(3), negate(-3), negate(0), negate(1.5), negate("2"));
