// break/continue out of a block that pushed a context must pop it (PopContext before the jump).
function loops(n) {
  var out = [];
  var i = 0;
  while (true) {
    i++;
    {
      let captured = i;
      out.push(function () { return captured; });
      if (i % 2 === 0) continue;
      if (i > n) break;
    }
  }
  do { i--; } while (i > 0);
  for (var j = 0; j < 3; j++) { if (j === 1) continue; out.pop(); }
  return out.length;
}
console.log(loops(4));
