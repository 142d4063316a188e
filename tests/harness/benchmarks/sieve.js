// Sieve of Eratosthenes; BrokenSieve expects a wrong count so that its verifyResult fails.
const { Benchmark } = require('./common');

class Sieve extends Benchmark {
  static SIZE = 5000;
  static EXPECTED = 669;
  benchmark() {
    const flags = new Array(Sieve.SIZE).fill(true);
    let primeCount = 0;
    for (let i = 2; i <= Sieve.SIZE; i++) {
      if (flags[i - 1]) {
        primeCount++;
        for (let k = i + i; k <= Sieve.SIZE; k += i) flags[k - 1] = false;
      }
    }
    return primeCount;
  }
  verifyResult(result) { return result === this.constructor.EXPECTED; }
}

class BrokenSieve extends Sieve {
  static EXPECTED = Sieve.EXPECTED + 1;
}

module.exports = { Sieve, BrokenSieve };
