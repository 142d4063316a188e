// sort with comparators: numeric, descending, by key, multi-key.
var nums = [10, 9, 1, 100, 25, -3, 0];
console.log(nums.slice().sort((a, b) => a - b), nums.slice().sort((a, b) => b - a));
var people = [
  { name: 'ann', age: 31 },
  { name: 'bob', age: 25 },
  { name: 'cid', age: 31 },
  { name: 'dee', age: 19 }
];
console.log(people.slice().sort((a, b) => a.age - b.age).map((p) => p.name));
console.log(people.slice().sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)).map((p) => p.name));
console.log(people.slice().sort((a, b) => b.age - a.age || (a.name < b.name ? -1 : 1)).map((p) => p.name + p.age));
var words = ['pear', 'fig', 'banana', 'kiwi', 'apple'];
console.log(words.slice().sort((a, b) => a.length - b.length));
console.log([3, 1, 2].sort(() => 0), [3, 1, 2].sort((a, b) => (a < b ? -1 : 1)));
console.log([undefined, 3, 1].sort((a, b) => a - b));
console.log([0.1, 0.01, 1, -0.5].sort((a, b) => a - b), ['10', '9', '1'].sort((a, b) => Number(a) - Number(b)));
var data = [];
var seed = 7;
for (var i = 0; i < 500; i++) {
  seed = (seed * 16807) % 2147483647;
  data.push(seed % 1000);
}
data.sort((a, b) => a - b);
var ok = true;
for (var j = 1; j < data.length; j++) if (data[j - 1] > data[j]) ok = false;
console.log(ok, data[0], data[250], data[499], data.length);
var calls = 0;
[5, 4, 3, 2, 1].sort((a, b) => {
  calls++;
  return a - b;
});
console.log(calls > 0);
