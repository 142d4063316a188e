// Computed property keys `{ [k]: v }` and computed method names.
const k = 'color';
const o = { [k]: 'red', ['size' + 2]: 'XL', [1 + 2]: 'three', [k + 'Code']() { return '#f00'; } };
console.log(o, o.colorCode(), o[3], o['3']);
// Keys are converted to strings; numbers become canonical strings.
const conv = { [1.5]: 'a', [1e21]: 'b', [-0]: 'c', [null]: 'd', [undefined]: 'e', [true]: 'f', [[1, 2]]: 'g' };
console.log(Object.keys(conv));
// Objects used as keys go through toString.
const keyObj = { toString() { return 'custom'; } };
console.log({ [keyObj]: 1 });
// Evaluation order: key, value, next key, next value.
const log = [];
function t(x) { log.push(x); return x; }
const ordered = { [t('k1')]: t('v1'), plain: t('p'), [t('k2')]: t('v2') };
console.log(log, Object.keys(ordered));
// Later computed keys overwrite earlier ones with the same string.
const over = { a: 1, ['a']: 2, ['b']: 3, b: 4 };
console.log(over);
// Integer-like computed keys sort first.
const ints = { z: 1, [10]: 'ten', [2]: 'two', ['1']: 'one', y: 2 };
console.log(Object.keys(ints));
// Building objects in loops with computed keys.
const table = {};
for (let i = 0; i < 5; i++) Object.assign(table, { ['key' + i]: i * i });
console.log(table);
const fromPairs = (pairs) => pairs.reduce((acc, [key, val]) => ({ ...acc, [key]: val }), {});
console.log(fromPairs([['x', 1], ['y', 2], ['x', 3]]));
// Computed getters and setters.
const field = 'temp';
const sensor = {
  _c: 20,
  get [field]() { return this._c; },
  set [field](v) { this._c = v; },
  get ['f' + field]() { return this._c * 9 / 5 + 32; },
};
sensor.temp = 25;
console.log(sensor.temp, sensor.ftemp, Object.keys(sensor));
// Computed keys in a hot loop.
const counts = {};
const words = ['apple', 'pear', 'fig', 'apple', 'kiwi', 'fig', 'apple'];
for (let i = 0; i < 3500; i++) {
  const w = words[i % words.length];
  const next = { [w]: (counts[w] || 0) + 1 };
  counts[w] = next[w];
}
console.log(counts);
// Computed key that throws stops the literal.
try {
  const bad = { a: 1, [(() => { throw new Error('key failed'); })()]: 2 };
  console.log(bad);
} catch (e) {
  console.log(e.message);
}
