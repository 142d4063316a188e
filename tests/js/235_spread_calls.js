// Spread arguments in calls.
function three(a, b, c) {
  return [a, b, c];
}
var arr = [1, 2, 3];
console.log(three(...arr));
console.log(three(...[1]));
console.log(three(...[1, 2, 3, 4, 5]));
console.log(three(0, ...[1]), three(...[1], 9), three(...[], ...['a'], ...['b', 'c']));
console.log(Math.max(...arr), Math.min(...[4, -2, 7]), Math.max(...[]));
var parts = ['x', 'y'];
function join(...xs) {
  return xs.join('-');
}
console.log(join(...parts, 'z', ...parts));
console.log(join(...'abc'));
class P {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
var coords = [3, 4];
console.log(new P(...coords));
var obj = {
  k: 10,
  add: function (a, b) {
    return this.k + a + b;
  }
};
console.log(obj.add(...[1, 2]));
var big = [];
for (var i = 0; i < 100; i++) big.push(i);
console.log(Math.max(...big), join(...big.slice(0, 5)));
var hot = 0;
for (var j = 0; j < 3000; j++) {
  hot += three(...[j, 1, 2])[0];
}
console.log(hot);
var holes = [1];
holes[2] = 3;
console.log(three(...holes));
