// Helper module: exports a class and helpers for destructuring requires.
class Run {
  static DEFAULT_ITERATIONS = 3;
  constructor(name, iterations = Run.DEFAULT_ITERATIONS) {
    this.name = name;
    this.iterations = iterations;
  }
  describe() { return this.name + ' x' + this.iterations; }
}
function sum(...values) { return values.reduce((a, b) => a + b, 0); }
const limits = { min: 1, max: 10, nested: { deep: 'yes' } };
module.exports = { Run, sum, limits, pair: ['left', 'right'], version: 2 };
