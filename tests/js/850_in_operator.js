// `in` lowered in optimized code: constant keys on known maps (own, inherited, absent),
// integer keys on arrays (holes, out of bounds, prototype elements), numeric string keys,
// and prototype changes after the code was compiled.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm = function () { return this.x * this.x + this.y * this.y; };

function ownAndInherited(o) {
  var n = 0;
  if ('x' in o) n += 1;
  if ('norm' in o) n += 2;
  if ('z' in o) n += 4;
  if ('toString' in o) n += 8;
  return n;
}

function indexIn(a, i) { return i in a; }
function stringIndexIn(a) { return ('1' in a) + 2 * ('01' in a) + 4 * ('length' in a); }
function numberKeyOnObject(o) { return (1 in o) + 2 * ('2' in o); }

var p = new Point(1, 2);
var total = 0;
for (var k = 0; k < 3000; k++) total += ownAndInherited(p);
console.log('own/inherited', total);

// a prototype gains the missing property after optimization
Point.prototype.z = 0;
console.log('after prototype change', ownAndInherited(p));
delete Point.prototype.z;
console.log('after delete', ownAndInherited(p));

// a different shape meets the optimized code
console.log('literal', ownAndInherited({ x: 1 }), ownAndInherited({ norm: 1, z: 2 }));

var holey = [1, , 3, undefined];
var count = 0;
for (var k = 0; k < 4000; k++) if (indexIn(holey, k % 6)) count++;
console.log('holey', count);
console.log(indexIn(holey, 0), indexIn(holey, 1), indexIn(holey, 3), indexIn(holey, 4), indexIn(holey, -1));
console.log('string keys', indexIn(holey, '2'), indexIn(holey, 'length'), indexIn(holey, 1.5));

// an element on Array.prototype shows through the hole
Array.prototype[1] = 'proto';
console.log('proto element', indexIn(holey, 1), indexIn([], 1), indexIn([], 2));
delete Array.prototype[1];
console.log('removed', indexIn(holey, 1));

var s = 0;
for (var k = 0; k < 3000; k++) s += stringIndexIn(k % 2 ? [1, 2] : [1]);
console.log('numeric strings', s);

var obj = { 1: 'a', 2: 'b' };
var t = 0;
for (var k = 0; k < 3000; k++) t += numberKeyOnObject(k % 3 ? obj : { 2: 0 });
console.log('number keys on objects', t);

// deopt in the middle: a primitive on the right throws
try { indexIn(5, 0); } catch (e) { console.log(e.constructor.name, e.message); }
try { ownAndInherited('str'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('frozen', indexIn(Object.freeze([1, 2]), 1), ownAndInherited(Object.freeze(new Point(0, 0))));
