// A sum whose addend is sometimes -0 (the negation of a zero). -0 is not an int32, so the
// addition's feedback must say "number": an int32-only speculation would deopt on every -0
// and never settle (fannkuch's checksum did exactly that).
var c = 0;
for (var i = 0; i < 5000; i++) {
  var f = i % 3;
  c += (i % 2 === 0) ? f : -f;
}
console.log(c, 1 / c);
function addAll(xs) {
  var s = 0;
  for (var j = 0; j < xs.length; j++) s += -xs[j];
  return s;
}
console.log(addAll([0, 1, 2, 0]), 1 / addAll([0, 0]), 1 / addAll([]));
