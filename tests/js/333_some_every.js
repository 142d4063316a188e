// some and every, including short-circuiting and empty arrays.
console.log([1, 2, 3].some((x) => x > 2), [1, 2, 3].some((x) => x > 3), [].some(() => true));
console.log([1, 2, 3].every((x) => x > 0), [1, 2, 3].every((x) => x > 1), [].every(() => false));
var visited = [];
[5, 6, 7, 8].some((x) => {
  visited.push(x);
  return x === 6;
});
console.log(visited);
visited = [];
[5, 6, 7, 8].every((x) => {
  visited.push(x);
  return x < 7;
});
console.log(visited);
console.log([0, '', null].some((x) => x), [1, 'a', {}].every((x) => x));
var holes = new Array(3);
console.log(holes.every((x) => x === 1), holes.some((x) => true));
console.log(['a', 'b'].some((x, i, arr) => arr.length === i + 1));
var data = [];
for (var i = 0; i < 100; i++) data.push(i * 2);
var yes = 0;
for (var k = 0; k < 600; k++) {
  if (data.some((v) => v === k)) yes++;
  if (data.every((v) => v < k)) yes += 1000;
}
console.log(yes);
