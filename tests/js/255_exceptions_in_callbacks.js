// Exceptions escaping callbacks, constructors, getters and methods.
var processed = [];
try {
  [1, 2, 3, 4].forEach(function (x) {
    if (x === 3) throw new Error('stop at ' + x);
    processed.push(x);
  });
} catch (e) {
  console.log(e.message, processed);
}
try {
  [5, 6].map((x) => { throw x * 2; });
} catch (v) {
  console.log('map threw', v);
}
class Strict {
  constructor(v) {
    if (typeof v !== 'number') throw new TypeError('need number, got ' + typeof v);
    this.v = v;
  }
  get half() {
    if (this.v % 2) throw new RangeError('odd');
    return this.v / 2;
  }
}
try {
  new Strict('s');
} catch (e) {
  console.log(e.name, e.message);
}
var s = new Strict(3);
try {
  console.log(s.half);
} catch (e) {
  console.log('getter threw', e.message);
}
console.log(new Strict(4).half);
try {
  [3, 1, 2].sort(function (a, b) {
    throw new Error('comparator failed');
  });
} catch (e) {
  console.log(e.message);
}
var found;
try {
  found = [1, 2, 3].find(function (x) {
    if (x === 2) throw 'found-two';
    return false;
  });
} catch (e) {
  found = e;
}
console.log(found);
var red;
try {
  red = [1, 2, 3].reduce(function (a, b) {
    if (b === 3) throw { partial: a };
    return a + b;
  });
} catch (e) {
  red = e;
}
console.log(red);
