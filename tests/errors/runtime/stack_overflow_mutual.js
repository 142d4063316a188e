// Unbounded mutual recursion between two functions overflows the stack.
function ping(n) { return pong(n + 1); }
function pong(n) { return ping(n + 1); }
function bounded(n) { return n === 0 ? 0 : 1 + bounded(n - 1); }
console.log("bounded depth", bounded(500));
ping(0);
