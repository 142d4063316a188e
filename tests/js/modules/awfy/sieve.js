// AWFY Sieve: the sieve of Eratosthenes over 5000 flags; 669 primes.
'use strict';
const { Benchmark } = require('./benchmark');

class Sieve extends Benchmark {
  static SIZE = 5000;

  benchmark() {
    const size = this.constructor.SIZE;
    const flags = new Array(size).fill(true);
    return this.sieve(flags, size);
  }

  sieve(flags, size) {
    let primeCount = 0;
    for (let i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        primeCount++;
        let k = i + i;
        while (k <= size) {
          flags[k - 1] = false;
          k += i;
        }
      }
    }
    return primeCount;
  }

  verifyResult(result) {
    return result === 669;
  }
}

exports.Sieve = Sieve;
exports.newInstance = () => new Sieve();
