// The length limits of the generic Array.prototype methods: an array-like may be as long as
// 2**53 - 1 (push, unshift and splice refuse to go past it, with node's TypeErrors, before any
// write), a real array at most 2**32 - 1 (ArrayCreate's RangeError "Invalid array length" in
// map, slice, splice, toSpliced, toReversed, toSorted, with, Array.from, new Array). A huge
// array-like with few properties is walked in no time: only the indices that exist are visited.
var P = Array.prototype;
var MAX = 2 ** 53 - 1;
function t(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}

t('push 1 at MAX', function () { return P.push.call({length: MAX}, 1); });
t('push 2 at MAX-1', function () { return P.push.call({length: MAX - 1}, 1, 2); });
t('push 3 at MAX-2', function () { return P.push.call({length: MAX - 2}, 1, 2, 3); });
t('push 1 at MAX-1', function () { var o = {length: MAX - 1}; P.push.call(o, 'v'); return [o.length, o[MAX - 1]]; });
t('push none at MAX', function () { return P.push.call({length: MAX}); });
t('push over Infinity', function () { return P.push.call({length: Infinity}, 0); });
// nothing was written before the TypeError
var untouched = {length: MAX};
t('push writes nothing', function () { return P.push.call(untouched, 'a'); });
console.log(JSON.stringify(untouched), Object.keys(untouched).length);

t('unshift 1 at MAX', function () { return P.unshift.call({length: MAX}, 1); });
t('unshift none at MAX', function () { return P.unshift.call({length: MAX}); });
t('splice insert at MAX', function () { return P.splice.call({length: MAX}, 0, 0, 1); });
t('splice insert at end', function () { return P.splice.call({length: MAX}, MAX, 0, 'x'); });
t('splice replace at MAX', function () {
  var o = {length: MAX, [MAX - 1]: 'last'};
  return [P.splice.call(o, MAX - 1, 1, 'new'), o[MAX - 1], o.length];
});
t('splice remove last', function () {
  var o = {length: MAX, [MAX - 1]: 'last'};
  return [P.splice.call(o, -1), o.length, MAX - 1 in o];
});
t('splice remove 2**32', function () { return P.splice.call({length: 2 ** 32}, 0, 2 ** 32); });

t('map 2**32', function () { return P.map.call({length: 2 ** 32}, function (x) { return x; }); });
t('map MAX', function () { return P.map.call({length: MAX}, function (x) { return x; }); });
t('map not callable first', function () { return P.map.call({length: MAX}, 5); });
t('slice 2**32', function () { return P.slice.call({length: 2 ** 32}); });
t('slice tail', function () { return P.slice.call({length: MAX, [MAX - 2]: 'a', [MAX - 1]: 'b'}, -2); });
t('toSpliced MAX', function () { return P.toSpliced.call({length: MAX}, 0, 0, 1); });
t('toSpliced 2**32', function () { return P.toSpliced.call({length: 2 ** 32}, 0, 0); });
t('toSpliced shrink', function () { return P.toSpliced.call({length: 4, 0: 'a', 3: 'd'}, 1, 2); });
t('toReversed 2**32', function () { return P.toReversed.call({length: 2 ** 32}); });
t('toSorted 2**32', function () { return P.toSorted.call({length: 2 ** 32}); });
t('with 2**32', function () { return P.with.call({length: 2 ** 32}, 0, 1); });
t('with bad index', function () { return P.with.call({length: 3}, 3, 1); });
t('with -4', function () { return [1, 2, 3].with(-4, 0); });
t('Array.from 2**32', function () { return Array.from({length: 2 ** 32}); });
t('new Array 2**32', function () { return new Array(2 ** 32); });
t('new Array -1', function () { return new Array(-1); });
t('new Array 1.5', function () { return new Array(1.5); });
t('Array 3', function () { return Array(3).length; });
t('length = 2**32', function () { var a = []; a.length = 2 ** 32; return a.length; });

// huge array-likes: the walk stops where the answer is found (node's does too), and nothing
// of length size is ever allocated
var sparse = {length: MAX, 0: 'first', 10: 'mid', [MAX - 1]: 'last', [MAX - 3]: 'near'};
t('indexOf', function () { return P.indexOf.call(sparse, 'mid'); });
t('indexOf from end', function () { return P.indexOf.call(sparse, 'last', -5); });
t('indexOf -Infinity', function () { return P.indexOf.call(sparse, 'first', -Infinity); });
t('indexOf MAX', function () { return P.indexOf.call(sparse, 'last', MAX); });
t('lastIndexOf', function () { return P.lastIndexOf.call(sparse, 'last'); });
t('lastIndexOf from', function () { return P.lastIndexOf.call(sparse, 'near', -2); });
t('lastIndexOf -MAX', function () { return P.lastIndexOf.call(sparse, 'first', -MAX); });
t('includes', function () { return P.includes.call(sparse, 'mid'); });
t('includes near end', function () { return P.includes.call(sparse, 'last', MAX - 2); });
t('includes undefined', function () { return P.includes.call(sparse, undefined, MAX - 3); });
t('find', function () { return P.find.call(sparse, function (v) { return v === 'mid'; }); });
t('findLast', function () { return P.findLast.call(sparse, function (v) { return v !== undefined; }); });
t('findLastIndex', function () { return P.findLastIndex.call(sparse, function (v) { return v === 'near'; }); });
t('some', function () { return P.some.call(sparse, function (v) { return v === 'mid'; }); });
t('every', function () { return P.every.call(sparse, function (v) { return v !== 'mid'; }); });
t('forEach stopped', function () {
  var seen = [];
  try {
    P.forEach.call(sparse, function (v, i) { seen.push(i + '=' + v); if (i === 10) throw new Error('stop'); });
  } catch (e) {
    seen.push(e.message);
  }
  return seen;
});
t('reduceRight stopped', function () {
  var seen = [];
  try {
    P.reduceRight.call(sparse, function (a, v, i) { seen.push(a + '+' + v + '@' + i); throw new Error('stop'); });
  } catch (e) {
    seen.push(e.message);
  }
  return seen;
});
t('at', function () { return P.at.call(sparse, -1); });
t('at -3', function () { return P.at.call(sparse, -3); });
t('fill tail', function () { var o = {length: MAX}; P.fill.call(o, 'f', -2); return o; });
t('copyWithin tail', function () {
  var o = {length: MAX, [MAX - 1]: 'z'};
  P.copyWithin.call(o, MAX - 2, MAX - 1);
  return o;
});
t('copyWithin hole', function () {
  var o = {length: MAX, [MAX - 2]: 'y'};
  P.copyWithin.call(o, MAX - 2, MAX - 1);
  return o;
});
t('reduce empty array', function () { return [].reduce(function () {}); });
t('reduce holes only', function () { return [, , ,].reduceRight(function () {}); });
