// AWFY List: linked lists of Element built by makeList; tail() is the Takeuchi-like
// recursion over list lengths (isShorter instead of <). The result list has length 10.
'use strict';
const { Benchmark } = require('./benchmark');

class Element {
  constructor(v) {
    this.val = v;
    this.next = null;
  }

  length() {
    if (this.next === null) return 1;
    return 1 + this.next.length();
  }
}

class List extends Benchmark {
  benchmark() {
    const result = this.tail(this.makeList(15), this.makeList(10), this.makeList(6));
    return result.length();
  }

  makeList(length) {
    if (length === 0) return null;
    const e = new Element(length);
    e.next = this.makeList(length - 1);
    return e;
  }

  isShorterThan(x, y) {
    let xTail = x;
    let yTail = y;
    while (yTail !== null) {
      if (xTail === null) return true;
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  tail(x, y, z) {
    if (this.isShorterThan(y, x)) {
      return this.tail(this.tail(x.next, y, z), this.tail(y.next, z, x), this.tail(z.next, x, y));
    }
    return z;
  }

  verifyResult(result) {
    return result === 10;
  }
}

module.exports = { Element, List, newInstance() { return new List(); } };
