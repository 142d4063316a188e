// A numeric kernel in a function called once (Mandelbrot-style): only OSR can optimize it.
function mandelbrot(size, limit) {
  var inside = 0;
  var checksum = 0;
  for (var y = 0; y < size; y++) {
    for (var x = 0; x < size; x++) {
      var cr = 2.0 * x / size - 1.5;
      var ci = 2.0 * y / size - 1.0;
      var zr = 0.0, zi = 0.0, n = 0;
      while (n < limit && zr * zr + zi * zi <= 4.0) {
        var t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
      }
      if (n === limit) inside++;
      checksum = (checksum * 7 + n) | 0;
    }
  }
  return [inside, checksum];
}
console.log(mandelbrot(40, 50));
