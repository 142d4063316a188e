// Helper module: adds named exports one at a time to `exports`.
exports.mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
exports.range = ([lo, hi]) => hi - lo;
exports.NAME = 'stats';
exports.null = 'a reserved word as an export name';
