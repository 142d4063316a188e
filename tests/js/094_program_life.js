// Conway's Game of Life on a small torus, printed as text.
var W = 10, H = 8;
function makeGrid() {
  var g = [];
  for (var y = 0; y < H; y++) {
    var row = [];
    for (var x = 0; x < W; x++) { row.push(0); }
    g.push(row);
  }
  return g;
}
function neighbours(g, x, y) {
  var n = 0;
  for (var dy = -1; dy <= 1; dy++) {
    for (var dx = -1; dx <= 1; dx++) {
      if (dx === 0 && dy === 0) { continue; }
      n += g[(y + dy + H) % H][(x + dx + W) % W];
    }
  }
  return n;
}
function step(g) {
  var next = makeGrid();
  for (var y = 0; y < H; y++) {
    for (var x = 0; x < W; x++) {
      var n = neighbours(g, x, y);
      next[y][x] = (n === 3 || (n === 2 && g[y][x] === 1)) ? 1 : 0;
    }
  }
  return next;
}
function show(g) {
  for (var y = 0; y < H; y++) {
    var line = "";
    for (var x = 0; x < W; x++) { line += g[y][x] ? "#" : "."; }
    console.log(line);
  }
}
function population(g) {
  var p = 0;
  for (var y = 0; y < H; y++) { for (var x = 0; x < W; x++) { p += g[y][x]; } }
  return p;
}
var g = makeGrid();
g[0][1] = 1; g[1][2] = 1; g[2][0] = 1; g[2][1] = 1; g[2][2] = 1;
g[5][6] = 1; g[5][7] = 1; g[5][8] = 1;
show(g);
var pops = [];
for (var gen = 0; gen < 12; gen++) {
  g = step(g);
  pops.push(population(g));
}
console.log("--");
show(g);
console.log(pops);
