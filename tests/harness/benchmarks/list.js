// Linked lists and the recursive "tail" function over list lengths.
const { Benchmark } = require('./common');

class Element {
  next = null;
  constructor(value) { this.value = value; }
  length() { return this.next === null ? 1 : 1 + this.next.length(); }
}

class List extends Benchmark {
  static LENGTHS = [15, 10, 6];
  benchmark() {
    const [x, y, z] = List.LENGTHS.map(n => this.makeList(n));
    return this.tail(x, y, z).length();
  }
  verifyResult(result) { return result === 10; }
  makeList(length) {
    if (length === 0) return null;
    const e = new Element(length);
    e.next = this.makeList(length - 1);
    return e;
  }
  isShorterThan(x, y) {
    let xTail = x, yTail = y;
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
}

module.exports = { List };
