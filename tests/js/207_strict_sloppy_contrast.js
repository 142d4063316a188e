// Sloppy code silently ignores the same writes that throw in strict code.
var frozen = Object.freeze({ x: 1, list: [1, 2] });
frozen.x = 2;
frozen.y = 3;
delete frozen.x;
console.log(frozen.x, frozen.y, frozen);
// freeze is shallow: nested array still mutable
frozen.list.push(3);
console.log(frozen.list);
function strictVersion() {
  'use strict';
  var results = [];
  try { frozen.x = 2; } catch (e) { results.push('set:' + e.name); }
  try { frozen.y = 3; } catch (e) { results.push('add:' + e.name); }
  try { delete frozen.x; } catch (e) { results.push('delete:' + e.name); }
  frozen.list.push(4);
  results.push('nested ok');
  return results;
}
console.log(strictVersion());
console.log(frozen);
