// Strings: builds short strings by concatenating strings and numbers, and measures their lengths.
// Self-check: the total of the lengths, which follows from the digit counts (see expected()).
var ITERATIONS = 30;
var COUNT = 5000;

function label(i) {
  return "item" + i + ":" + (i % 7);
}

function build(n) {
  var line = "";
  var total = 0;
  for (var i = 0; i < n; i++) {
    var part = label(i);
    total += part.length;
    if (i % 50 === 0) line = "";
    line = line + part + ",";
  }
  return total + line.length;
}

function digits(i) {
  var d = 1;
  while (i >= 10) {
    d++;
    i = Math.floor(i / 10);
  }
  return d;
}

// The same total computed from numbers only: "item" + digits + ":" + one digit, and the last line's length.
function expected(n) {
  var total = 0;
  var line = 0;
  for (var i = 0; i < n; i++) {
    var len = 4 + digits(i) + 2;
    total += len;
    if (i % 50 === 0) line = 0;
    line += len + 1;
  }
  return total + line;
}

var ok = true;
var result = 0;
var want = expected(COUNT);
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = build(COUNT);
  if (result !== want) ok = false;
}
console.log("strings", result, ok ? "ok" : "WRONG");
