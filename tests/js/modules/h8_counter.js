// Helper module: state kept across requires (the module body runs once).
let count = 0;
exports.loads = (exports.loads || 0) + 1;
exports.next = () => ++count;
exports.peek = () => count;
