// Mandelbrot: escape-time iteration over a SIZE x SIZE grid of the plane [-1.5, 0.5] x [-1, 1] (double arithmetic).
// Prints the points that never escape and the total iteration count; the self-check compares them with the
// values for this grid, which the C version (bench/c/mandelbrot.c) computes too.
var ITERATIONS = 8;
var SIZE = 40;
var MAX_ITER = 50;

function mandelbrot(size) {
  var inside = 0;
  var steps = 0;
  for (var y = 0; y < size; y++) {
    var ci = 2.0 * y / size - 1.0;
    for (var x = 0; x < size; x++) {
      var cr = 2.0 * x / size - 1.5;
      var zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
      var i = 0;
      while (i < MAX_ITER && zr2 + zi2 <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        i++;
      }
      if (i === MAX_ITER) inside++;
      steps += i;
    }
  }
  return {inside: inside, steps: steps};
}

var ok = true;
var result = null;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = mandelbrot(SIZE);
  if (result.inside !== 633 || result.steps !== 38956) ok = false;
}
console.log("mandelbrot", result.inside, result.steps, ok ? "ok" : "WRONG");
