// Benchmark harness entry point: `node harness.js NAME [ITERATIONS] [INNER_ITERATIONS]`.
// Runs one benchmark ITERATIONS times (each doing INNER_ITERATIONS rounds), checks every result,
// prints one timing line per iteration and a summary, and throws Error('wrong result') on a bad result.
// A count that is not a positive integer is reported on stderr and the exit code is 2.
const { Run } = require('./run');

function processArguments(args) {
  const [name, iterations = '1', inner = '1'] = args;
  if (name === undefined) {
    process.stdout.write('usage: harness.js NAME [ITERATIONS] [INNER_ITERATIONS]\n');
    process.stdout.write('benchmarks: ' + Run.names().join(' ') + '\n');
    return null;
  }
  const counts = [iterations, inner].map(text => Number(text));
  for (const [label, count] of [['ITERATIONS', counts[0]], ['INNER_ITERATIONS', counts[1]]]) {
    if (!Number.isInteger(count) || count < 1) {
      process.stderr.write(`harness: ${label} must be a positive integer, got ${count}\n`);
      process.exitCode = 2;
      return null;
    }
  }
  const run = new Run(name);
  [run.numIterations, run.innerIterations] = counts;
  return run;
}

const run = processArguments(process.argv.slice(2));
if (run !== null) {
  run.runBenchmark();
  run.printTotal();
}
