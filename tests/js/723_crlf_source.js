// A script with CRLF line ends: source text keeps them, line numbers count each CRLF once.
function crlf() {
  return 1;
}
console.log(JSON.stringify(crlf.toString()));
const t = `a
b`;
console.log(JSON.stringify(t), t.length);
try { null.x; } catch (e) { console.log(e.message); }
