// localeCompare on ASCII strings: sign of the result and sorting with it.
const sign = (x) => Math.sign(x);
const pairs = [['a', 'b'], ['b', 'a'], ['a', 'a'], ['a', 'A'], ['A', 'a'], ['a', 'B'], ['B', 'a'], ['abc', 'abd'], ['ab', 'abc'],
  ['', 'a'], ['', ''], ['Z', 'a'], ['10', '9'], ['1', '1'], ['apple', 'Apple'], ['zebra', 'Zebra'], ['hello world', 'helloworld']];
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), sign(x.localeCompare(y)), x < y ? -1 : x > y ? 1 : 0);
// Sorting: localeCompare is case-insensitive first, unlike the default sort.
const words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'Cherry'];
console.log([...words].sort(), [...words].sort((a, b) => a.localeCompare(b)));
const codes = ['item10', 'item2', 'item1', 'Item3'];
console.log([...codes].sort((a, b) => a.localeCompare(b)));
// Equal strings compare as 0; the result of localeCompare is a number.
console.log(typeof 'a'.localeCompare('b'), 'same'.localeCompare('same'), 'x'.localeCompare('x') === 0);
// Sort records by two keys with localeCompare.
const people = [{ last: 'smith', first: 'Ann' }, { last: 'Jones', first: 'bob' }, { last: 'smith', first: 'al' }, { last: 'jones', first: 'Cy' }];
people.sort((p, q) => p.last.localeCompare(q.last) || p.first.localeCompare(q.first));
console.log(people.map(p => p.first + ' ' + p.last).join(', '));
// Hot loop of comparisons.
const pool = ['alpha', 'beta', 'gamma', 'delta', 'Alpha', 'epsilon', 'zeta', 'eta'];
let score = 0;
for (let i = 0; i < 3000; i++) score += sign(pool[i % 8].localeCompare(pool[(i * 3 + 1) % 8]));
console.log(score);
