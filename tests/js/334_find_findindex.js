// find and findIndex.
var people = [{ n: 'a', age: 10 }, { n: 'b', age: 20 }, { n: 'c', age: 20 }];
console.log(people.find((p) => p.age === 20), people.findIndex((p) => p.age === 20));
console.log(people.find((p) => p.age > 100), people.findIndex((p) => p.age > 100));
console.log([].find(() => true), [].findIndex(() => true));
console.log([NaN, 1].find((x) => x !== x), [NaN, 1].findIndex((x) => x !== x));
var holes = new Array(3);
holes[2] = 'z';
var visits = [];
console.log(holes.find((x, i) => {
  visits.push(i);
  return x === undefined;
}), visits);
console.log(holes.findIndex((x) => x === 'z'));
console.log([5, 12, 8, 130].find((x) => x > 10), [5, 12, 8, 130].findIndex((x) => x > 10));
console.log([0, false, ''].find((x) => x === false), [undefined].findIndex((x) => x === undefined));
var list = [];
for (var i = 0; i < 200; i++) list.push({ id: i, v: i * i });
var s = 0;
for (var k = 0; k < 600; k++) {
  var f = list.find((o) => o.id === k % 200);
  s += f.v;
  s += list.findIndex((o) => o.v > k);
}
console.log(s);
