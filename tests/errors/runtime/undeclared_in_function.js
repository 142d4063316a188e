// An undeclared read deep in a call chain surfaces as ReferenceError.
function a(n) { return b(n) + 1; }
function b(n) { return n > 2 ? c(n) : n; }
function c(n) { return n + missingHelper; }
console.log(a(1), a(2));
console.log(a(3));
