// filter keeps elements whose callback result is truthy.
var nums = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
console.log(nums.filter((x) => x % 2 === 0), nums.filter((x) => x > 100), nums.filter(() => true).length);
console.log([0, 1, '', 'a', null, undefined, NaN, [], {}].filter((x) => x));
console.log(['a', 'b', 'c', 'd'].filter((x, i) => i % 2 === 1), [1, 2, 3].filter((x, i, arr) => arr.length === 3));
var holes = new Array(4);
holes[2] = 'kept';
console.log(holes.filter(() => true), holes.filter((x) => x === undefined));
var words = ['apple', 'banana', 'cherry', 'date', 'elderberry'];
console.log(words.filter((w) => w.length > 5).map((w) => w.toUpperCase()));
var unique = [3, 1, 3, 2, 1, 4].filter((v, i, a) => a.indexOf(v) === i);
console.log(unique);
function isPrime(n) {
  if (n < 2) return false;
  for (var d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
var range = [];
for (var i = 0; i < 3000; i++) range.push(i);
var primes = range.filter(isPrime);
console.log(primes.length, primes.slice(-3));
