// OSR entry checks only the registers live at the loop header. The temporaries of the call
// before the loops hold constants when the inner loop is first compiled; later iterations of
// the outer loop leave other values in them, but the inner loop never reads them.
function f(a, b) { return a + b; }
var out = 0;
console.log(f(1, 2));
for (var i = 0; i < 6; i++) {
  for (var j = 0; j < 3; j++) { out += j; }
  out += f(i, 2 * i);
}
console.log(out);
