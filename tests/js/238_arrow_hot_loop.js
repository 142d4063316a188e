// Arrow functions and closures called thousands of times.
var square = (x) => x * x;
var half = (x) => x / 2;
var total = 0;
for (var i = 0; i < 5000; i++) {
  total += square(i % 100) + half(i);
}
console.log(total);
function makeScaler(k) {
  return (x) => x * k;
}
var scalers = [makeScaler(1), makeScaler(2), makeScaler(0.5)];
var s = 0;
for (var j = 0; j < 3000; j++) {
  s += scalers[j % 3](j);
}
console.log(s);
var state = { n: 0 };
var bump = () => state.n++;
for (var k = 0; k < 4000; k++) bump();
console.log(state.n);
var fnWithDefault = (a, b = 1) => a * b;
var t2 = 0;
for (var m = 0; m < 3000; m++) t2 += m % 2 ? fnWithDefault(m) : fnWithDefault(m, 2);
console.log(t2);
// the arrow's closed-over variable changes type partway
var factor = 2;
var mult = (x) => x * factor;
var out = [];
for (var q = 0; q < 3000; q++) {
  if (q === 1500) factor = 2.5;
  if (q === 1499 || q === 1500 || q === 2999) out.push(mult(q));
}
console.log(out);
