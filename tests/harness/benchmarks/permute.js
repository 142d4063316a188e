// Counts the calls made while generating all permutations of a small array by swapping.
const { Benchmark } = require('./common');

class Permute extends Benchmark {
  static SIZE = 6;
  count = 0;
  v = null;
  benchmark() {
    this.count = 0;
    this.v = new Array(Permute.SIZE).fill(0);
    this.permute(Permute.SIZE);
    return this.count;
  }
  verifyResult(result) { return result === 8660; }
  permute(n) {
    this.count++;
    if (n !== 0) {
      const n1 = n - 1;
      this.permute(n1);
      for (let i = n1; i >= 0; i--) {
        this.swap(n1, i);
        this.permute(n1);
        this.swap(n1, i);
      }
    }
  }
  swap(i, j) { [this.v[i], this.v[j]] = [this.v[j], this.v[i]]; }
}

module.exports = { Permute };
