// hasOwnProperty lowered: constant keys on known maps (own fields, inherited methods,
// absent keys), integer and numeric-string keys on arrays (holes, out of bounds, length),
// objects escape analysis keeps virtual, and a receiver of another shape.
function Node(v) { this.value = v; this.next = null; }
Node.prototype.size = function () { return 1; };

function own(o) {
  return (o.hasOwnProperty('value') ? 1 : 0) + (o.hasOwnProperty('size') ? 2 : 0) +
    (o.hasOwnProperty('missing') ? 4 : 0) + (o.hasOwnProperty('next') ? 8 : 0);
}
function ownIndex(a, i) { return a.hasOwnProperty(i); }
function ownNumericString(a) {
  return (a.hasOwnProperty('0') ? 1 : 0) + (a.hasOwnProperty('length') ? 2 : 0) + (a.hasOwnProperty('00') ? 4 : 0);
}
// virtual objects: the literal never leaves the function
function virtualOwn(x) {
  var o = { a: x, b: 2 };
  var t = typeof o === 'object' ? 1 : 0;
  return t + (o.hasOwnProperty('a') ? 2 : 0) + (o.hasOwnProperty('c') ? 4 : 0) + ('b' in o ? 8 : 0) +
    ('toString' in o ? 16 : 0) + (o instanceof Object ? 32 : 0) + o.a;
}
function virtualArray(x) {
  var a = [x, , 3];
  return (a.hasOwnProperty(0) ? 1 : 0) + (a.hasOwnProperty(1) ? 2 : 0) + (1 in a ? 4 : 0) + (2 in a ? 8 : 0) +
    (a instanceof Array ? 16 : 0) + ('length' in a ? 32 : 0);
}

var n = new Node(1);
var s = 0;
for (var k = 0; k < 3000; k++) s += own(n);
console.log('own', s, own({ value: 1, size: 2 }), own(Object.create(n)));

var holey = [0, , 2];
var c = 0;
for (var k = 0; k < 4000; k++) if (ownIndex(holey, k % 5)) c++;
console.log('index', c, ownIndex(holey, 1), ownIndex(holey, -1), ownIndex(holey, '2'), ownIndex(holey, 'length'));
Array.prototype[1] = 'p';
console.log('a prototype element is not own', ownIndex(holey, 1));
delete Array.prototype[1];

var m = 0;
for (var k = 0; k < 3000; k++) m += ownNumericString(k % 2 ? [] : [5]);
console.log('numeric strings', m);

var v = 0;
for (var k = 0; k < 3000; k++) v += virtualOwn(k & 3);
console.log('virtual', v, virtualOwn(1.5), virtualOwn('s'));
var w = 0;
for (var k = 0; k < 3000; k++) w += virtualArray(k);
console.log('virtual array', w, virtualArray(undefined));

// the property is added after the code was compiled: a new map
n.size = function () { return 2; };
console.log('after adding own size', own(n));
