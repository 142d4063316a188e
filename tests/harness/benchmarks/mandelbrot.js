// A small Mandelbrot set rendered into bits, folded into a checksum.
const { Benchmark } = require('./common');

class Mandelbrot extends Benchmark {
  static SIZE = 24;
  static EXPECTED = 220;
  benchmark() { return this.mandelbrot(Mandelbrot.SIZE); }
  verifyResult(result) { return result === Mandelbrot.EXPECTED; }
  mandelbrot(size) {
    let sum = 0, byteAcc = 0, bitNum = 0;
    for (let y = 0; y < size; y++) {
      const ci = (2.0 * y / size) - 1.0;
      for (let x = 0; x < size; x++) {
        let zr = 0.0, zi = 0.0, zrzr = 0.0, zizi = 0.0;
        const cr = (2.0 * x / size) - 1.5;
        let escape = 0;
        for (let z = 0; z < 50; z++) {
          zi = 2.0 * zr * zi + ci;
          zr = zrzr - zizi + cr;
          zrzr = zr * zr;
          zizi = zi * zi;
          if (zrzr + zizi > 4.0) { escape = 1; break; }
        }
        byteAcc = (byteAcc << 1) | (escape ^ 1);
        bitNum++;
        if (bitNum === 8) {
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        } else if (x === size - 1) {
          byteAcc <<= 8 - bitNum;
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        }
      }
    }
    return sum;
  }
}

module.exports = { Mandelbrot };
