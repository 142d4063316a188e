// Helper module: sets exports.early, then replaces module.exports (the early export is lost).
exports.early = 'lost';
const replacement = function replaced(x) { return 'replaced(' + x + ')'; };
replacement.late = 'kept';
replacement.sawEarly = exports.early;
module.exports = replacement;
exports.afterReplace = 'also lost';
