// Allocates a tree of arrays with random leaf sizes and counts the arrays created.
const { Benchmark, Random } = require('./common');

class Storage extends Benchmark {
  static DEPTH = 5;
  static FANOUT = 4;
  count = 0;
  benchmark() {
    const random = new Random();
    this.count = 0;
    this.buildTreeDepth(Storage.DEPTH, random);
    return this.count;
  }
  verifyResult(result) { return result === 341; }
  buildTreeDepth(depth, random) {
    this.count++;
    if (depth === 1) return new Array((random.next() % 10) + 1);
    const arr = new Array(Storage.FANOUT);
    for (let i = 0; i < Storage.FANOUT; i++) arr[i] = this.buildTreeDepth(depth - 1, random);
    return arr;
  }
}

module.exports = { Storage };
