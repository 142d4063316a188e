// AWFY Permute: counts the calls of a recursive swap-based permutation of 6 elements (8660).
'use strict';
const { Benchmark } = require('./benchmark');

class Permute extends Benchmark {
  benchmark() {
    this.count = 0;
    this.v = new Array(6).fill(0);
    this.permute(6);
    return this.count;
  }

  verifyResult(result) {
    return result === 8660;
  }

  permute(n) {
    this.count++;
    if (n !== 0) {
      const n1 = n - 1;
      this.permute(n1);
      for (let i = n1; i >= 0; --i) {
        this.swap(n1, i);
        this.permute(n1);
        this.swap(n1, i);
      }
    }
  }

  swap(i, j) {
    const tmp = this.v[i];
    this.v[i] = this.v[j];
    this.v[j] = tmp;
  }
}

// module.exports is the class itself; the factory hangs off it.
module.exports = Permute;
Permute.newInstance = () => new Permute();
