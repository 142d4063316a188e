// AWFY Storage: builds a tree of arrays, four children per node, seven levels deep; leaves
// are arrays of random length. The benchmark counts the nodes (5461).
'use strict';
const { Benchmark } = require('./benchmark');
const som = require('./som.js');

class Storage extends Benchmark {
  benchmark() {
    const random = new som.Random();
    this.count = 0;
    this.leafSlots = 0;
    this.tree = this.buildTreeDepth(7, random);
    return this.count;
  }

  verifyResult(result) {
    return result === 5461;
  }

  buildTreeDepth(depth, random) {
    this.count++;
    if (depth === 1) {
      const leaf = new Array(random.next() % 10 + 1);
      this.leafSlots += leaf.length;
      return leaf;
    }
    const arr = new Array(4);
    for (let i = 0; i < 4; i++) {
      arr[i] = this.buildTreeDepth(depth - 1, random);
    }
    return arr;
  }
}

module.exports = { Storage, newInstance: () => new Storage() };
