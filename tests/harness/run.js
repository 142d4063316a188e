// The benchmark runner: every benchmark module is required at start-up; Run measures one of them.
const { Benchmark } = require('./benchmarks/common');
const { Sieve, BrokenSieve } = require('./benchmarks/sieve');
const { Towers } = require('./benchmarks/towers');
const { Queens } = require('./benchmarks/queens');
const { Permute } = require('./benchmarks/permute');
const { List } = require('./benchmarks/list');
const { Bounce } = require('./benchmarks/bounce');
const { Storage } = require('./benchmarks/storage');
const { Mandelbrot } = require('./benchmarks/mandelbrot');
const { NBody } = require('./benchmarks/nbody');
const { Json } = require('./benchmarks/json');
const { DeltaBlue } = require('./benchmarks/deltablue');
const { Richards } = require('./benchmarks/richards');

class Run {
  static REGISTRY = {
    Sieve, Towers, Queens, Permute, List, Bounce, Storage, Mandelbrot, NBody, Json, DeltaBlue, Richards,
    BrokenSieve,
  };
  static {
    for (const [name, cls] of Object.entries(this.REGISTRY)) {
      if (!(cls.prototype instanceof Benchmark)) throw new TypeError(name + ' is not a Benchmark');
    }
  }
  static names() { return Object.keys(Run.REGISTRY); }

  total = 0;
  numIterations = 1;
  innerIterations = 1;

  constructor(name) {
    this.name = name;
    this.benchmarkClass = Run.REGISTRY[name];
    if (this.benchmarkClass === undefined) throw new Error('unknown benchmark: ' + name);
  }

  runBenchmark() {
    process.stdout.write(`Starting ${this.name} benchmark ...\n`);
    const bench = new this.benchmarkClass();
    for (let i = 0; i < this.numIterations; i++) this.measure(bench);
    this.reportBenchmark();
    process.stdout.write('\n');
  }

  measure(bench) {
    const start = process.hrtime();
    if (!bench.innerBenchmarkLoop(this.innerIterations)) throw new Error('wrong result');
    const [seconds, nanos] = process.hrtime(start);
    const runTime = Math.round(seconds * 1e6 + nanos / 1e3);
    this.printResult(runTime);
    this.total += runTime;
  }

  printResult(runTime) {
    process.stdout.write(`${this.name}: iterations=1 runtime: ${runTime}us\n`);
  }

  reportBenchmark() {
    const average = Math.round(this.total / this.numIterations);
    process.stdout.write(`${this.name}: iterations=${this.numIterations} average: ${average}us total: ${this.total}us\n`);
  }

  printTotal() {
    process.stdout.write(`Total Runtime: ${this.total}us\n`);
  }
}

module.exports = { Run };
