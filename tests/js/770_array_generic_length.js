// Array.prototype methods on array-likes: LengthOfArrayLike is Get("length") then ToLength
// (NaN and negatives are 0, fractions truncate toward zero, strings and objects convert,
// at most 2**53 - 1), read exactly once per call and before the other arguments convert.
var P = Array.prototype;
function show(label, v) { console.log(label, JSON.stringify(v)); }
function like(length) { return {length: length, 0: 'a', 1: 'b', 2: 'c', 3: 'd'}; }

var lengths = [-5, -0, 0, 0.9, 1.5, 2.999, '3', ' 2 ', '0x2', '1e0', 'abc', NaN, null, undefined, true,
               false, [], [2], {valueOf: function () { return 3; }}, {toString: function () { return '1'; }},
               -Infinity];
lengths.forEach(function (n, i) {
  show('join ' + i, P.join.call(like(n), '-'));
  show('indexOf ' + i, P.indexOf.call(like(n), 'c'));
  show('slice ' + i, P.slice.call(like(n)));
});

// Infinity and huge lengths clamp to 2**53 - 1: the last index is 2**53 - 2
var inf = {length: Infinity};
inf[2 ** 53 - 2] = 'last';
show('lastIndexOf Infinity', P.lastIndexOf.call(inf, 'last'));
show('at -1 Infinity', P.at.call(inf, -1));
show('pop huge', P.pop.call({length: 2 ** 60, [2 ** 53 - 2]: 'p'}));
var pushed = {length: 2 ** 53 + 10};
show('push none', P.push.call(pushed));
show('length after', pushed.length);

// push/pop/shift write length back, converting the stored value
var o = {length: '2', 0: 'x', 1: 'y'};
show('push', P.push.call(o, 'z'));
show('after push', o);
o = {length: 2.5, 0: 'x', 1: 'y'};
show('pop', P.pop.call(o));
show('after pop', o);
o = {length: -3};
show('shift empty', P.shift.call(o));
show('after shift', o);
o = {};
show('pop no length', P.pop.call(o));
show('after', o);
o = {length: 'many'};
show('unshift none', P.unshift.call(o));
show('after', o);

// length is a getter: called once per call, before the arguments convert
var log = [];
var getterLike = {0: 1, 1: 2, 2: 3};
Object.defineProperty(getterLike, 'length', {get: function () { log.push('length'); return 3; }});
var from = {valueOf: function () { log.push('fromIndex'); return 0; }};
show('indexOf', P.indexOf.call(getterLike, 2, from));
show('includes', P.includes.call(getterLike, 3, from));
show('slice', P.slice.call(getterLike, {valueOf: function () { log.push('start'); return 1; }}));
show('join', P.join.call(getterLike, {toString: function () { log.push('sep'); return '+'; }}));
show('forEach', P.forEach.call(getterLike, function (v) { log.push('cb' + v); }));
show('map', P.map.call(getterLike, function (v) { return v * 2; }));
show('reduce', P.reduce.call(getterLike, function (a, b) { return a + b; }));
show('fill', P.fill.call(getterLike, 0, {valueOf: function () { log.push('fillStart'); return 2; }}));
console.log(log.join(' '));

// the length is read before the callback is checked
log = [];
try {
  P.forEach.call(getterLike, 'nope');
} catch (e) {
  console.log(e.constructor.name, e.message, log.join(' '));
}
try {
  P.map.call({get length() { throw new RangeError('from length'); }}, 'nope');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// a string receiver: its length and characters
show('string indexOf', P.indexOf.call('hello', 'l'));
show('string lastIndexOf', P.lastIndexOf.call('hello', 'l'));
show('string map', P.map.call('abc', function (c) { return c.toUpperCase(); }));
show('string filter', P.filter.call('a1b2', function (c) { return c > '9'; }));
show('string join', P.join.call('xyz', '.'));
show('string every', P.every.call('aaa', function (c) { return c === 'a'; }));
show('string reduceRight', P.reduceRight.call('abc', function (a, c) { return a + c; }));
show('string includes', P.includes.call('abc', 'c'));
show('string slice', P.slice.call('abcdef', 2, -1));
show('string at', P.at.call('abc', -1));
show('string findLast', P.findLast.call('abc', function (c) { return c < 'c'; }));

// null and undefined receivers
[P.indexOf, P.join, P.forEach, P.slice, P.push, P.map].forEach(function (fn) {
  try {
    fn.call(undefined, function () {});
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
  try {
    fn.call(null, function () {});
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
});

function tp(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}

// primitive receivers: ToObject's wrapper takes the writes (a String's characters and length
// are read-only) and is dropped
tp('push num', function () { return P.push.call(5, 1); });
tp('push bool', function () { return P.push.call(true); });
tp('pop num', function () { return P.pop.call(5); });
tp('push str', function () { return P.push.call('ab', 'c'); });
tp('push str none', function () { return P.push.call('ab'); });
tp('pop str', function () { return P.pop.call('ab'); });
tp('pop empty str', function () { return P.pop.call(''); });
tp('shift str', function () { return P.shift.call('ab'); });
tp('reverse str', function () { return P.reverse.call('ab'); });
tp('reverse 1 str', function () { return P.reverse.call('a'); });
tp('fill str', function () { return P.fill.call('ab', 'x'); });
tp('fill empty str', function () { return P.fill.call('', 'x'); });
tp('unshift str', function () { return P.unshift.call('ab', 'z'); });
tp('sort str', function () { return P.sort.call('ba'); });
tp('sort 1 str', function () { return P.sort.call('a'); });
tp('splice str', function () { return P.splice.call('abc', 1, 1); });
tp('copyWithin str', function () { return P.copyWithin.call('abc', 0, 1); });
tp('splice num', function () { return P.splice.call(5, 0, 0, 1); });
tp('unshift num', function () { return P.unshift.call(5, 1); });
tp('fill num', function () { return P.fill.call(5, 1); });
tp('shift num', function () { return P.shift.call(5); });
tp('sort num', function () { return P.sort.call(5); });
