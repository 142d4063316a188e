// An Are-We-Fast-Yet style harness over a multi-file program: each micro benchmark lives in
// modules/awfy/<name>.js (required by a computed relative path), extends the Benchmark base class
// of modules/awfy/benchmark.js and uses the shared som.js utilities. run(name, iterations,
// innerIterations) measures with process.hrtime.bigint() (never printed) and reports the results;
// broken subclasses show the error paths. som's Vector, Dictionary and Random are checked too.
'use strict';
const { Benchmark } = require('./modules/awfy/benchmark');
const som = require('./modules/awfy/som');

const DIR = './modules/awfy/';
const registry = new Map();

function loadBenchmarkSuite(name) {
  if (registry.has(name)) return registry.get(name);
  const mod = require(DIR + name.toLowerCase());
  const cls = typeof mod === 'function' ? mod : mod[name];
  const suite = { cls, newInstance: mod.newInstance, mod };
  registry.set(name, suite);
  return suite;
}

class Run {
  constructor(name, factory) {
    this.name = name;
    this.factory = factory;
    this.numIterations = 1;
    this.innerIterations = 1;
    this.total = 0n;
    this.results = [];
  }

  runBenchmark() {
    const bench = this.factory();
    for (let i = 0; i < this.numIterations; i++) this.measure(bench);
    return bench;
  }

  measure(bench) {
    const start = process.hrtime.bigint();
    if (!bench.innerBenchmarkLoop(this.innerIterations)) {
      throw new Error('Benchmark failed with incorrect result: ' + bench.lastResult);
    }
    const elapsed = process.hrtime.bigint() - start;
    this.total += elapsed;
    this.results.push(bench.lastResult);
  }
}

const summary = { ok: 0, failed: 0, results: [] };
const resultsByBench = new som.IdentityDictionary();

function run(name, iterations = 1, innerIterations = 1, factory) {
  let r;
  try {
    r = new Run(name, factory ?? loadBenchmarkSuite(name).newInstance);
    r.numIterations = iterations;
    r.innerIterations = innerIterations;
    const bench = r.runBenchmark();
    resultsByBench.atPut(bench, r.results);
    summary.ok++;
    summary.results.push(bench.lastResult);
    console.log(`${name}: ok iterations=${iterations} inner=${innerIterations} runs=${bench.runs} result=${bench.lastResult}` +
      ` timed=${typeof r.total === 'bigint' && r.total >= 0n}`);
  } catch (e) {
    summary.failed++;
    console.log(`${name}: error ${e.name}: ${e.message} (after ${r?.results.length ?? 0} measured)`);
  }
}

// The real suite.
run('Bounce', 2, 1);
run('List', 1, 2);
run('Permute', 2, 1);
run('Queens', 1, 2);
run('Sieve', 3, 1);
run('Storage', 1, 1);
run('Towers', 1, 1);

// Same module object whichever way it is named.
const sieveMod = require('./modules/awfy/sieve');
console.log('cached', sieveMod === require('./modules/awfy/sieve.js'), registry.get('Sieve').mod === sieveMod,
  require('./modules/awfy/permute') === registry.get('Permute').cls, Object.keys(require('./modules/awfy/list')).join(','));
const classes = [...registry.values()].map(s => s.cls);
console.log('classes', classes.map(c => c.name).join(' '),
  classes.every(c => c.prototype instanceof Benchmark), classes.every(c => Object.getPrototypeOf(c) === Benchmark));

// Broken variants: wrong results, a throwing module method, a missing override, an unknown name.
const { Sieve } = sieveMod;
class SmallSieve extends Sieve { static SIZE = 4000; }
run('SmallSieve', 2, 1, () => new SmallSieve());
const { Towers } = require('./modules/awfy/towers');
class UpsideDownTowers extends Towers {
  buildTowerAt(pile, disks) {
    for (let i = 0; i <= disks; i++) this.pushDisk(new (require('./modules/awfy/towers').TowersDisk)(i), pile);
  }
}
run('UpsideDownTowers', 1, 1, () => new UpsideDownTowers());
class EmptyPileTowers extends Towers {
  moveDisks(disks, fromPile, toPile) { super.moveDisks(disks, toPile, fromPile); }
}
run('EmptyPileTowers', 1, 1, () => new EmptyPileTowers());
class Lazy extends Benchmark {}
run('Lazy', 1, 1, () => new Lazy());
class HalfDone extends Benchmark {
  benchmark() { return 42; }
}
run('HalfDone', 1, 1, () => new HalfDone());
class Flaky extends Benchmark {
  benchmark() { return this.runs; }
  verifyResult(result) { return result < 3; }
}
run('Flaky', 2, 2, () => new Flaky());
const { Bounce, Ball } = require('./modules/awfy/bounce');
class SlowBounce extends Bounce {
  verifyResult(result) { return super.verifyResult(result + 1); }
}
run('SlowBounce', 1, 1, () => new SlowBounce());
try {
  run('Missing', 1, 1, () => { throw new ReferenceError('no benchmark called Missing'); });
} finally {
  console.log('summary', summary.ok, 'ok', summary.failed, 'failed', 'sum', summary.results.reduce((a, b) => a + Number(b), 0),
    'created', Benchmark.created);
}

// A ball in isolation.
const r1 = new som.Random();
const ball = new Ball(r1);
const track = [];
for (let i = 0; i < 6; i++) track.push(`${ball.bounce() ? 'B' : '-'}${ball.x},${ball.y}`);
console.log('ball', track.join(' '), r1.seed);

// som: Random, Vector (append past capacity, sort, removeFirst, remove), Dictionary, IdentityDictionary.
const random = new som.Random();
const first = [];
for (let i = 0; i < 8; i++) first.push(random.next());
console.log('random', first.join(' '));
const vec = new som.Vector(4);
for (let i = 0; i < 300; i++) vec.append(random.next() % 1000);
const before = vec.toArray();
vec.sort((a, b) => a - b);
const sorted = vec.toArray();
const expected = before.slice().sort((a, b) => a - b);
console.log('vector', vec.size(), vec.capacity(), sorted.slice(0, 6).join(','), sorted.slice(-3).join(','),
  sorted.every((v, i) => v === expected[i]));
let dequeued = 0;
while (vec.size() > 250) dequeued += vec.removeFirst();
console.log('queue', vec.size(), dequeued, vec.first(), vec.hasSome(v => v > 990), vec.getOne(v => v > 900),
  vec.remove(vec.at(299)), vec.size(), vec.remove(-1), new som.Vector(2).removeFirst());
const words = som.Vector.with('pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'cherry', 'lime', 'plum', 'grape', 'mango', 'melon');
words.sort((a, b) => (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0));
const wordList = [];
words.forEach(w => wordList.push(w));
console.log('words', wordList.join(' '));

const dict = new som.Dictionary();
for (let i = 0; i < 700; i++) dict.atPut(new som.Str('k' + (i % 500)), i);
let dictSum = 0;
for (let i = 0; i < 500; i++) dictSum += dict.at(new som.Str('k' + i));
const keys = dict.getKeys().toArray().map(String).sort();
console.log('dictionary', dict.size, dict.buckets.length, dictSum, dict.at(new som.Str('zz')), dict.containsKey(new som.Str('k499')),
  dict.longestChain, keys.length, keys.slice(0, 3).join(','), dict.getValues().toArray().reduce((a, b) => a + b, 0));

const ids = new som.IdentityDictionary(4);
const a = new som.Str('same');
const b = new som.Str('same');
ids.atPut(a, 1);
ids.atPut(b, 2);
ids.atPut(a, 3);
console.log('identity', ids.size, ids.at(a), ids.at(b), ids.at(new som.Str('same')), a.equals(b), a.customHash() === b.customHash());
const perBench = [];
resultsByBench.getKeys().forEach(bench => perBench.push(bench.name + '=' + resultsByBench.at(bench).join('/')));
console.log('per bench', perBench.sort().join(' '));
