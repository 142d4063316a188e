// SameValueZero: NaN equals NaN, +0 equals -0 for Map and Set keys.
var m = new Map();
m.set(NaN, 'not a number');
console.log(m.get(NaN), m.has(NaN), m.get(0 / 0), m.size);
m.set(NaN, 'replaced');
console.log(m.size, m.get(Number('x')));
m.set(-0, 'zero');
console.log(m.get(0), m.get(-0), m.has(+0), [...m.keys()]);
var keys = [...m.keys()];
console.log(1 / keys[1], keys[1] === 0);
var s = new Set([NaN, NaN, 0, -0, '0', 0.0]);
console.log(s.size, s.has(NaN), s.has(-0), [...s]);
s.add(NaN);
console.log(s.size);
console.log(s.delete(NaN), s.has(NaN), s.size);
var numKeys = new Map([[1, 'int'], [1.0, 'same'], ['1', 'str'], [1.5, 'float']]);
console.log(numKeys.size, numKeys.get(1), numKeys.get(1.5), [...numKeys.keys()]);
var u = new Set([undefined, null, undefined, null, false, '', 0]);
console.log(u.size, [...u]);
