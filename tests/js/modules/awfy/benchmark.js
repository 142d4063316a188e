// AWFY-style harness helper: the Benchmark base class every micro benchmark extends.
// innerBenchmarkLoop runs benchmark() innerIterations times and stops at the first result
// verifyResult rejects; it also keeps a few counters the main script prints.
'use strict';

class Benchmark {
  static created = 0;

  constructor() {
    Benchmark.created++;
    this.hashId = Benchmark.created * 7919;
    this.runs = 0;
    this.lastResult = undefined;
  }

  innerBenchmarkLoop(innerIterations) {
    for (let i = 0; i < innerIterations; i++) {
      const result = this.benchmark();
      this.runs++;
      this.lastResult = result;
      if (!this.verifyResult(result)) {
        return false;
      }
    }
    return true;
  }

  benchmark() {
    throw new Error('subclass responsibility: benchmark() in ' + this.constructor.name);
  }

  verifyResult(result) {
    throw new Error('subclass responsibility: verifyResult(' + result + ') in ' + this.constructor.name);
  }

  customHash() { return this.hashId; }

  get name() { return this.constructor.name; }
}

exports.Benchmark = Benchmark;
