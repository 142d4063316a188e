// Host functions: console's methods, print-free output paths, clocks, process, require's shape.
console.log(typeof console.log, typeof console.error, typeof console.warn, typeof console.info, typeof console.debug, typeof console.dir);
console.info('info goes to stdout', 1, [2]);
console.debug('debug too', { a: 1 });
console.dir({ nested: { deeper: { deepest: { gone: 1 } } } });
console.dir('a string is inspected');
console.dir([1, 'two'], { depth: 0 });
console.log('%s is %d years and %i days; %f%%', 'Ada', 36.5, 12.9, '1.5');
console.log('%o and %O', [1, { a: 2 }], { b: [3] }, 'extra', 4);
console.log('%j', { json: [1, 'x'] }, '%c styled', 'color: red');
console.log('no substitutions %', 5, '%z', 100);
console.log();
console.log('', '');
process.stdout.write('written ');
process.stdout.write(String(42) + '\n');
console.log(process.stdout.write('x\n'));
var t0 = Date.now(), p0 = performance.now(), h0 = process.hrtime();
var spin = 0;
for (var i = 0; i < 20000; i++) spin += i % 7;
var t1 = Date.now(), p1 = performance.now(), h1 = process.hrtime(h0);
console.log(typeof t0, t0 > 1.6e12, t1 >= t0, Number.isInteger(t0), typeof p0, p1 >= p0, p0 >= 0, spin);
console.log(Array.isArray(h0), h0.length, Number.isInteger(h0[0]), Number.isInteger(h0[1]), h0[1] < 1e9, h1[0] >= 0, h1[1] >= 0, h1[0] < 60);
var ns = process.hrtime.bigint();
console.log(typeof process.hrtime, typeof process.hrtime.bigint, typeof process.exit, typeof process.argv, Array.isArray(process.argv), typeof process.argv[0]);
console.log(typeof process.env, typeof process.platform, typeof require, typeof module, typeof exports, typeof module.exports, module.exports === exports);
console.log(typeof Math.random, typeof JSON.parse, typeof Date.now, typeof performance.now, typeof Date);
try { require('./this/module/does/not/exist'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
try { require('nonexistent-package-name'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
try { require(); } catch (e) { console.log(e.name, e.message); }
try { require(5); } catch (e) { console.log(e.name, e.message); }
try { process.hrtime(1); } catch (e) { console.log(e.name, e.message); }
console.log(console.log === console.log, typeof console.assert);
console.assert(true, 'never printed');
var ticks = 0, start = performance.now();
while (performance.now() - start < 5) ticks++;
console.log(ticks > 0, performance.now() - start >= 5);
