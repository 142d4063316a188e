// A single call running a long loop (on-stack replacement) whose values change type.
function runLoop(n) {
  var acc = 0;
  var x = 1;
  for (var i = 0; i < n; i++) {
    acc += x;
    if (i === 5000) { x = 0.5; }
    if (i === 6500) { x = 2147483647; }
  }
  return acc;
}
console.log(runLoop(8000));
function longWhile() {
  var i = 0, s = 0, t = 0;
  while (i < 5000) {
    s = (s + i * i) | 0;
    t = t + i / 3;
    i++;
  }
  return [s, t];
}
console.log(longWhile());
function stringify() {
  var out = 0;
  for (var k = 0; k < 2000; k++) {
    if (k === 1995) { out = out + ""; }
    out = out + 1;
  }
  return out;
}
console.log(stringify());
