// StringBuild: makes 24000 short lines with +=, puts them together into a text of about 1 MB twice (with +=,
// lines into 4 KB blocks and blocks into the text; and with join), then splits the text back into lines
// and every line into its fields, and parses the numbers.
// Self-check: the two texts are equal, splitting gives back every line, and the text's length and the sum
// of the numbers parsed equal what arithmetic on the numbers alone gives.
var ITERATIONS = 3;
var LINES = 24000;
var FIELDS = 5;

function field(i, k) {
  return (i * 37 + k * 101) % 100000;
}

function line(i) {
  var s = "line " + i + ":";
  for (var k = 0; k < FIELDS; k++) s += " " + field(i, k);
  return s;
}

function makeLines(n) {
  var lines = [];
  for (var i = 0; i < n; i++) lines.push(line(i));
  return lines;
}

// The text by +=: a block of lines grows to 4 KB, then is appended to the text.
function appendAll(lines) {
  var text = "";
  var block = "";
  for (var i = 0; i < lines.length; i++) {
    block += lines[i] + "\n";
    if (block.length >= 4096) {
      text += block;
      block = "";
    }
  }
  return text + block;
}

// Splits the text into lines and fields; the sum of the numbers, or -1 when a line is not the one made.
function parse(text, lines) {
  var back = text.split("\n");
  if (back.length !== lines.length + 1 || back[lines.length] !== "") return -1;
  var sum = 0;
  for (var i = 0; i < lines.length; i++) {
    if (back[i] !== lines[i]) return -1;
    var parts = back[i].split(" ");
    if (parts.length !== FIELDS + 2 || parts[1] !== i + ":") return -1;
    for (var k = 2; k < parts.length; k++) sum += parseInt(parts[k], 10);
  }
  return sum;
}

// Digits of a number below 100000.
function digits(x) {
  return x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 10000 ? 4 : 5;
}

// Length and sum from the numbers alone: "line " + i + ":" + FIELDS x (" " + field) + "\n".
function expected() {
  var length = 0;
  var sum = 0;
  for (var i = 0; i < LINES; i++) {
    length += 5 + digits(i) + 1 + 1;
    for (var k = 0; k < FIELDS; k++) {
      var f = (i * 37 + k * 101) % 100000;   // field(i, k) written out: one call less per field
      length += 1 + digits(f);
      sum += f;
    }
  }
  return [length, sum];
}

var want = expected();
var ok = true;
var length = 0;
var sum = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  var lines = makeLines(LINES);
  var text = appendAll(lines);
  length = text.length;
  sum = parse(text, lines);
  if (text !== lines.join("\n") + "\n" || length !== want[0] || sum !== want[1]) ok = false;
}
console.log("stringbuild", length, sum, ok ? "ok" : "WRONG");
