// Holes read through the prototype chain: a hole of an array (or a missing index of an
// array-like) is HasProperty-false only when no prototype has that index. The methods guarded
// by HasProperty (forEach, map, filter, some, every, reduce, indexOf, lastIndexOf, slice,
// splice, concat, reverse, sort, shift, unshift, copyWithin, flat) skip a true hole and see
// the inherited value otherwise; find, findIndex, includes, join, at and the iterators Get
// every index.
function show(label, v) { console.log(label, JSON.stringify(v)); }
var seen;
function visit(v, i) { seen.push(i + ':' + v); return true; }

function run(title, make) {
  console.log('--', title);
  seen = []; make().forEach(visit); show('forEach', seen);
  show('map', make().map(function (v) { return v + '!'; }));
  show('filter', make().filter(function () { return true; }));
  seen = []; make().some(function (v, i) { seen.push(i); return false; }); show('some', seen);
  seen = []; make().every(function (v, i) { seen.push(i); return true; }); show('every', seen);
  show('reduce', make().reduce(function (a, v) { return a + '|' + v; }));
  show('reduceRight', make().reduceRight(function (a, v) { return a + '|' + v; }));
  show('indexOf', make().indexOf('proto'));
  show('lastIndexOf', make().lastIndexOf('proto'));
  show('includes', make().includes('proto'));
  show('join', make().join());
  show('slice', make().slice(0));
  show('concat', [].concat(make()));
  var r = make(); r.reverse(); show('reverse', r);
  var s = make(); s.sort(); show('sort', s);
  var sh = make(); show('shift', sh.shift()); show('after shift', sh);
  var un = make(); un.unshift('u'); show('unshift', un);
  var sp = make(); show('splice', sp.splice(0, 2)); show('after splice', sp);
  var cw = make(); cw.copyWithin(0, 1); show('copyWithin', cw);
  show('flat', [make()].flat());
  show('find', make().find(function (v, i) { return i === 1; }));
  show('findIndex', make().findIndex(function (v) { return v === 'proto'; }));
  show('at', make().at(1));
  show('values', Array.from(make().values()));
  if (Array.isArray(make())) show('spread', [...make()]);
  show('entries', Array.from(make().entries()));
  show('pop', make().pop());
}

run('no prototype elements', function () { return [0, , 2, , 4]; });

Array.prototype[1] = 'proto';
run('Array.prototype[1]', function () { return [0, , 2, , 4]; });

Object.prototype[3] = 'obj';
run('and Object.prototype[3]', function () { return [0, , 2, , 4]; });
run('array-like', function () { return {length: 5, 0: 0, 2: 2, 4: 4, __proto__: Array.prototype}; });
delete Object.prototype[3];

// an inherited getter is called with the array as receiver, once per read
var calls = 0;
Object.defineProperty(Array.prototype, 3, {
  get: function () { calls++; return 'got' + this.length; }, configurable: true
});
show('getter indexOf', [0, , 2, , 4].indexOf('got5'));
show('getter map', [0, , 2, , 4].map(function (v) { return v; }));
console.log('getter calls', calls);
delete Array.prototype[3];

// a prototype element appears or disappears during the iteration
delete Array.prototype[1];
seen = [];
[0, , 2, , 4].forEach(function (v, i) {
  seen.push(i + ':' + v);
  if (i === 0) Array.prototype[3] = 'late';
});
show('added during forEach', seen);
delete Array.prototype[3];
seen = [];
Array.prototype[2] = 'early';
[0, , , , 4].forEach(function (v, i) {
  seen.push(i + ':' + v);
  if (i === 0) delete Array.prototype[2];
});
show('deleted during forEach', seen);

// deleting an own element during the iteration: the inherited value shows through
Array.prototype[1] = 'proto';
seen = [];
[0, 1, 2].forEach(function (v, i, arr) {
  seen.push(i + ':' + v);
  if (i === 0) delete arr[1];
});
show('own deleted, inherited seen', seen);
delete Array.prototype[1];

// the prototype of an array-like's prototype
var proto = {1: 'from proto'};
var obj = Object.create(proto);
obj.length = 3;
obj[0] = 'own';
show('array-like chain map', Array.prototype.map.call(obj, function (v) { return v; }));
show('array-like chain indexOf', Array.prototype.indexOf.call(obj, 'from proto'));
show('array-like chain slice', Array.prototype.slice.call(obj));
