// The mutating Array.prototype methods on array-likes follow the spec's algorithms step by
// step: the order of Gets and Sets (seen here through accessors that log), which indices are
// deleted, and the final length written back with Set.
var P = Array.prototype;
var log;

function logged(values) {
  var store = {};
  var o = {};
  function define(i) {
    Object.defineProperty(o, i, {
      get: function () { log.push('get' + i); return store[i]; },
      set: function (v) { log.push('set' + i + '=' + v); store[i] = v; },
      enumerable: true, configurable: true
    });
  }
  values.forEach(function (v, i) {
    if (v !== undefined) { store[i] = v; define(i); }
  });
  var len = values.length;
  Object.defineProperty(o, 'length', {
    get: function () { log.push('len'); return len; },
    set: function (v) { log.push('len=' + v); len = v; }
  });
  o.define = define;
  o.store = store;
  return o;
}

function state(o) {
  var out = [];
  var n = o.store ? Object.keys(o.store).length : 0;
  for (var k in o) {
    if (k !== 'define' && k !== 'store') out.push(k + ':' + o.store[k]);
  }
  return out.join(' ');
}

function run(label, values, f) {
  log = [];
  var o = logged(values);
  var r;
  try {
    r = JSON.stringify(f(o));
  } catch (e) {
    r = e.constructor.name + ': ' + e.message;
  }
  console.log(label, '->', r);
  console.log('   ', log.join(' '));
  console.log('   ', state(o));
}

run('push', ['a', 'b'], function (o) { return P.push.call(o, 'c', 'd'); });
run('pop', ['a', 'b'], function (o) { return P.pop.call(o); });
run('pop empty', [], function (o) { return P.pop.call(o); });
run('shift', ['a', 'b', 'c'], function (o) { return P.shift.call(o); });
run('shift empty', [], function (o) { return P.shift.call(o); });
run('unshift', ['a', 'b'], function (o) { return P.unshift.call(o, 'x', 'y'); });
run('unshift none', ['a'], function (o) { return P.unshift.call(o); });
run('splice remove', ['a', 'b', 'c', 'd'], function (o) { return P.splice.call(o, 1, 2); });
run('splice insert', ['a', 'b', 'c'], function (o) { return P.splice.call(o, 1, 0, 'x', 'y'); });
run('splice replace', ['a', 'b', 'c'], function (o) { return P.splice.call(o, 1, 1, 'x'); });
run('splice no args', ['a'], function (o) { return P.splice.call(o); });
run('splice start only', ['a', 'b', 'c'], function (o) { return P.splice.call(o, -2); });
run('reverse', ['a', 'b', 'c', 'd'], function (o) { P.reverse.call(o); return 'ok'; });
run('reverse odd', ['a', 'b', 'c'], function (o) { P.reverse.call(o); return 'ok'; });
run('copyWithin', ['a', 'b', 'c', 'd', 'e'], function (o) { P.copyWithin.call(o, 0, 3); return 'ok'; });
run('copyWithin overlap', ['a', 'b', 'c', 'd', 'e'], function (o) { P.copyWithin.call(o, 1, 0, 3); return 'ok'; });
run('fill', ['a', 'b', 'c'], function (o) { P.fill.call(o, 'z', 1); return 'ok'; });
run('slice', ['a', 'b', 'c'], function (o) { return P.slice.call(o, 1); });
run('join', ['a', 'b'], function (o) { return P.join.call(o, '/'); });
run('includes', ['a', 'b'], function (o) { return P.includes.call(o, 'zzz'); });
run('indexOf', ['a', 'b'], function (o) { return P.indexOf.call(o, 'b'); });
run('at', ['a', 'b'], function (o) { return P.at.call(o, -1); });
run('toReversed', ['a', 'b'], function (o) { return P.toReversed.call(o); });
run('with', ['a', 'b'], function (o) { return P.with.call(o, 0, 'w'); });
run('toSpliced', ['a', 'b', 'c'], function (o) { return P.toSpliced.call(o, 1, 1, 'q'); });
run('map', ['a', 'b'], function (o) { return P.map.call(o, function (v) { return v + v; }); });
run('keys', ['a', 'b'], function (o) { return Array.from(P.keys.call(o)); });
run('entries', ['a', 'b'], function (o) { return Array.from(P.entries.call(o)); });

// holes in array-likes: missing indices are deleted, not written undefined
function plain(label, o, f) {
  var r = f(o);
  console.log(label, JSON.stringify(r), JSON.stringify(o));
}
plain('shift holes', {length: 4, 0: 'a', 2: 'c'}, function (o) { return P.shift.call(o); });
plain('unshift holes', {length: 3, 1: 'b'}, function (o) { return P.unshift.call(o, 'x'); });
plain('splice holes', {length: 5, 0: 'a', 3: 'd'}, function (o) { return P.splice.call(o, 1, 1); });
plain('splice grow holes', {length: 3, 0: 'a', 2: 'c'}, function (o) { return P.splice.call(o, 1, 0, 'x', 'y'); });
plain('reverse holes', {length: 4, 0: 'a', 3: 'd', 1: 'b'}, function (o) { return P.reverse.call(o); });
plain('copyWithin holes', {length: 4, 0: 'a', 3: 'd'}, function (o) { return P.copyWithin.call(o, 1, 2); });
plain('sort holes', {length: 6, 0: 'c', 2: 'a', 3: undefined, 5: 'b'}, function (o) { return P.sort.call(o); });
plain('sort compare', {length: 3, 0: 3, 1: 1, 2: 2}, function (o) {
  return P.sort.call(o, function (a, b) { return b - a; });
});
plain('pop extra keys', {length: 2, 0: 'a', 1: 'b', 5: 'x'}, function (o) { return P.pop.call(o); });
plain('push string length', {length: '1', 0: 'a'}, function (o) { return P.push.call(o, 'b'); });
plain('splice length fraction', {length: 3.9, 0: 'a', 1: 'b', 2: 'c', 3: 'd'}, function (o) {
  return P.splice.call(o, 1);
});
plain('fill negative', {length: 4}, function (o) { return P.fill.call(o, 0, -3, -1); });

// a read-only property stops a generic mutator with a TypeError (Set with throw = true)
function frozenAt(i) {
  var o = {length: 3, 0: 'a', 1: 'b', 2: 'c'};
  Object.defineProperty(o, i, {value: 'ro', writable: false});
  return o;
}
[['push', function (o) { return P.push.call(Object.freeze({length: 0}), 1); }],
 ['pop frozen', function (o) { return P.pop.call(Object.freeze({length: 1, 0: 'a'})); }],
 ['shift frozen', function (o) { return P.shift.call(Object.freeze({length: 2, 0: 'a', 1: 'b'})); }],
 ['fill frozen', function (o) { return P.fill.call(Object.freeze({length: 1, 0: 'a'}), 0); }],
 ['reverse frozen', function (o) { return P.reverse.call(Object.freeze({length: 2, 0: 'a', 1: 'b'})); }],
 ['splice frozen', function (o) { return P.splice.call(Object.freeze({length: 2, 0: 'a', 1: 'b'}), 0, 1); }],
 ['sort frozen', function (o) { return P.sort.call(Object.freeze({length: 2, 0: 'b', 1: 'a'})); }],
 ['unshift frozen', function (o) { return P.unshift.call(Object.freeze({length: 1, 0: 'a'}), 'z'); }]
].forEach(function (c) {
  try {
    console.log(c[0], JSON.stringify(c[1]()));
  } catch (e) {
    console.log(c[0], e.constructor.name + ': ' + e.message);
  }
});
