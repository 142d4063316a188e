// Shared helper classes for the benchmarks: the Benchmark base class, a seeded Random, a growable Vector.
class Benchmark {
  innerBenchmarkLoop(innerIterations) {
    for (let i = 0; i < innerIterations; i++) {
      if (!this.verifyResult(this.benchmark())) return false;
    }
    return true;
  }
  benchmark() { throw new Error('subclass responsibility: benchmark'); }
  verifyResult(result) { throw new Error('subclass responsibility: verifyResult'); }
}

class Random {
  static INITIAL_SEED = 74755;
  seed = Random.INITIAL_SEED;
  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

class Vector {
  static DEFAULT_CAPACITY = 8;
  storage;
  firstIdx = 0;
  lastIdx = 0;
  constructor(capacity = Vector.DEFAULT_CAPACITY) { this.storage = new Array(capacity); }
  static with(...elems) { const v = new Vector(elems.length || 1); for (const e of elems) v.append(e); return v; }
  at(i) { return i < this.lastIdx - this.firstIdx ? this.storage[this.firstIdx + i] : null; }
  append(elem) {
    if (this.lastIdx >= this.storage.length) this.storage.length = this.storage.length * 2;
    this.storage[this.lastIdx++] = elem;
  }
  isEmpty() { return this.lastIdx === this.firstIdx; }
  size() { return this.lastIdx - this.firstIdx; }
  removeFirst() { return this.isEmpty() ? null : this.storage[this.firstIdx++]; }
  forEach(fn) { for (let i = this.firstIdx; i < this.lastIdx; i++) fn(this.storage[i]); }
  removeAll() { this.firstIdx = 0; this.lastIdx = 0; this.storage = new Array(this.storage.length); }
}

module.exports = { Benchmark, Random, Vector };
