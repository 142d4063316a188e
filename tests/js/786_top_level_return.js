// A file is a CommonJS module, as in node: `return` at its top level ends it, through any finally
// blocks on the way, in a loop that is hot enough to run in optimized code (OSR) by then.
console.log("start");
function f() { return 1; }
let n = 0;
for (let i = 0; i < 2000; i++) {
  try {
    if (i === 1500) return n;
    n += f();
  } finally {
    if (i % 500 === 0) console.log("finally", i, n);
  }
}
console.log("never");
