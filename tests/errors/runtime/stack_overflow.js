// Unbounded recursion: "RangeError: Maximum call stack size exceeded".
function down(n) { return down(n + 1) + 1; }
console.log("recursing");
down(0);
