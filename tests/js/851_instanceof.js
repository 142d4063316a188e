// instanceof lowered: the constructor guarded, its `prototype` checked, the receiver's
// prototype chain walked in machine code; changes of C.prototype and of the chain after
// compilation, primitives, null-prototype objects and class hierarchies.
class Shape { }
class Circle extends Shape { }
class Square extends Shape { }
function Legacy() { }

function kind(o) {
  return (o instanceof Circle ? 1 : 0) + (o instanceof Shape ? 2 : 0) + (o instanceof Object ? 4 : 0) +
    (o instanceof Legacy ? 8 : 0);
}

var things = [new Circle(), new Square(), new Shape(), {}, new Legacy(), 3, 'x', null, undefined,
              Object.create(null), [1], function () {}];
var sum = 0;
for (var k = 0; k < 6000; k++) sum += kind(things[k % things.length]);
console.log('sum', sum);
console.log(things.map(kind).join(','));

// replacing C.prototype after compilation: old instances are no longer instances
var old = new Legacy();
Legacy.prototype = { tag: 1 };
console.log('replaced prototype', kind(old), kind(new Legacy()));

// changing an object's chain after compilation
var c = new Circle();
Object.setPrototypeOf(c, Square.prototype);
console.log('setPrototypeOf', kind(c));
var d = {};
Object.setPrototypeOf(d, Circle.prototype);
console.log('plain object into a class chain', kind(d));

// a constructor that varies at one site (polymorphic constructor feedback)
function isA(o, C) { return o instanceof C; }
var hits = 0;
var ctors = [Circle, Shape, Array, Object];
for (var k = 0; k < 4000; k++) if (isA(things[k % 5], ctors[k % 4])) hits++;
console.log('hits', hits);
for (var k = 0; k < 3000; k++) if (isA(things[k % 5], Shape)) hits++;
console.log('monomorphic hits', hits, isA([], Array), isA(new Square(), Circle));

// errors: a non-callable right-hand side, thrown from optimized code too
try { isA({}, {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { isA({}, 5); } catch (e) { console.log(e.constructor.name, e.message); }
// a dictionary-mode object deep in a chain
var base = {};
for (var i = 0; i < 40; i++) base['k' + i] = i;
var derived = Object.create(base);
function F() {}
F.prototype = base;
console.log('dictionary prototype', isA(derived, F), isA(Object.create(derived), F));
