// Labelled break out of nested loops and blocks.
var found = null;
search: for (var i = 0; i < 10; i++) {
  for (var j = 0; j < 10; j++) {
    if (i * j === 42) {
      found = [i, j];
      break search;
    }
  }
}
console.log(found, i, j);
var log = [];
outer: for (var a = 0; a < 3; a++) {
  inner: for (var b = 0; b < 3; b++) {
    if (b === 2) break inner;
    if (a === 2) break outer;
    log.push(a + ':' + b);
  }
}
console.log(log.join(' '));
block: {
  console.log('in block');
  if (log.length > 0) break block;
  console.log('not printed');
}
console.log('after block');
var count = 0;
loop1: while (true) {
  loop2: do {
    count++;
    if (count > 5) break loop1;
  } while (true);
}
console.log('count', count);
var matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]];
var firstNeg = 'none';
rows: for (var r of matrix) {
  for (var v of r) {
    if (v < 0) {
      firstNeg = v;
      break rows;
    }
  }
}
console.log(firstNeg);
var hot = 0;
for (var n = 0; n < 1000; n++) {
  scan: for (var p = 0; p < 10; p++) {
    for (var q = 0; q < 10; q++) {
      if (p + q === n % 15) break scan;
      hot++;
    }
  }
}
console.log(hot);
