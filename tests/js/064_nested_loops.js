// Nested loops with break/continue affecting only the innermost loop.
var table = [];
for (var i = 1; i <= 5; i++) {
  var row = [];
  for (var j = 1; j <= 5; j++) { row.push(i * j); }
  table.push(row);
}
console.log(table);
var pairs = 0;
for (var a = 0; a < 10; a++) {
  for (var b = 0; b < 10; b++) {
    if (b > a) { break; }
    if ((a + b) % 3 === 0) { continue; }
    pairs++;
  }
}
console.log("pairs", pairs);
var triples = [];
for (var x = 1; x < 20; x++) {
  for (var y = x; y < 20; y++) {
    for (var z = y; z < 30; z++) {
      if (x * x + y * y === z * z) { triples.push([x, y, z]); }
    }
  }
}
console.log(triples);
var found = null;
var done = false;
for (var p = 1; p < 50 && !done; p++) {
  for (var q = p; q < 50; q++) {
    if (p * q === 221) { found = [p, q]; done = true; break; }
  }
}
console.log("factors of 221", found);
var count = 0;
var w = 0;
while (w < 5) {
  var v = 0;
  do {
    v++;
    if (v === 2) { continue; }
    count += v;
  } while (v < w);
  w++;
}
console.log("count", count);
var stars = "";
for (var r = 1; r <= 4; r++) {
  var line = "";
  for (var s = 0; s < r; s++) { line += "*"; }
  stars += line + "|";
}
console.log(stars);
