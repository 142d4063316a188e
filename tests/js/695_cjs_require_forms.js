// require of ./x and ./x.js give the same cached module; exports.name = and module.exports = styles.
const stats1 = require('./modules/h8_stats');
const stats2 = require('./modules/h8_stats.js');
console.log(stats1 === stats2, Object.keys(stats1), stats1.mean([2, 4, 9]), stats1.null);
const replaced = require('./modules/h8_replace');
console.log(typeof replaced, replaced('x'), replaced.late, replaced.sawEarly, replaced.early, replaced.afterReplace);
console.log(replaced === require('./modules/h8_replace.js'), replaced.name);
// Module state is shared by every requirer.
const c1 = require('./modules/h8_counter');
c1.next(); c1.next();
const c2 = require('./modules/h8_counter.js');
console.log(c1 === c2, c2.peek(), c2.next(), c1.loads);
// Class exports with static fields, and a module that requires another helper.
const { Square, Circle, Shape, totalArea } = require('./modules/h8_shapes');
const shapes = [new Square(2), new Circle(1), new Square(3)];
console.log(totalArea(shapes), Shape.count, Shape.registry, shapes.map(s => s.kind), Circle.PI_ISH);
console.log(shapes[0] instanceof Shape, Object.keys(require('./modules/h8_shapes')));
// Requiring in a loop returns the cached object every time.
let same = 0;
for (let i = 0; i < 2000; i++) if (require('./modules/h8_counter') === c1) same++;
console.log(same, c1.peek());
// module, exports and require in the main module.
console.log(typeof module, typeof exports, typeof require, module.exports === exports);
exports.fromMain = 1;
console.log(module.exports.fromMain, Object.keys(module.exports));
