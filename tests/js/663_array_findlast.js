// findLast and findLastIndex search from the end; find/findIndex for comparison.
const nums = [5, 12, 8, 130, 44, 3];
console.log(nums.findLast(x => x > 10), nums.findLastIndex(x => x > 10), nums.find(x => x > 10), nums.findIndex(x => x > 10));
console.log(nums.findLast(x => x > 1000), nums.findLastIndex(x => x > 1000));
console.log([].findLast(() => true), [].findLastIndex(() => true));
// Callback arguments: element, index, array; visited from the end.
const visits = [];
['a', 'b', 'c'].findLast((v, i, arr) => { visits.push(v + i + arr.length); return false; });
console.log(visits);
// Holes are visited as undefined.
const holey = [1, , 3];
const seen = [];
console.log(holey.findLastIndex((v, i) => { seen.push(i + ':' + v); return v === undefined; }), seen);
// Stops at the first match from the end.
let calls = 0;
console.log([1, 2, 3, 4].findLast(x => { calls++; return x % 2 === 1; }), calls);
// Objects and thisArg.
const people = [{ name: 'Ann', age: 30 }, { name: 'Bob', age: 17 }, { name: 'Cy', age: 45 }, { name: 'Di', age: 12 }];
console.log(people.findLast(p => p.age >= 18).name, people.findLastIndex(p => p.age < 18));
const limits = { min: 20 };
console.log(people.findLast(function (p) { return p.age > this.min; }, limits).name);
// Non-function callback throws.
try { [1].findLast(); } catch (e) { console.log(e.name); }
// Hot loop using findLastIndex to locate insertion points.
const sorted = [];
for (let i = 0; i < 300; i++) {
  const v = (i * 37) % 101;
  const pos = sorted.findLastIndex(x => x <= v);
  sorted.splice(pos + 1, 0, v);
}
let ok = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) ok = false;
console.log(sorted.length, ok, sorted.slice(0, 8), sorted.at(-1));
let acc = 0;
for (let i = 0; i < 3000; i++) acc += nums.findLastIndex(x => x < i % 50) + (nums.findLast(x => x % 2 === i % 2) || 0);
console.log(acc);
