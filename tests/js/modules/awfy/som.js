// AWFY-style shared utilities ("som"): a growable Vector with its own quicksort, a hashed
// Dictionary (keys provide customHash()) and an IdentityDictionary, and the AWFY Random LCG.
'use strict';

const INITIAL_SIZE = 10;
const INITIAL_CAPACITY = 16;

class Vector {
  constructor(size) {
    this.storage = new Array(size === undefined ? 50 : size);
    this.firstIdx = 0;
    this.lastIdx = 0;
  }

  static with(...elems) {
    const v = new Vector(Math.max(elems.length, 1));
    for (const e of elems) v.append(e);
    return v;
  }

  at(idx) {
    if (idx >= this.storage.length) return null;
    return this.storage[idx];
  }

  atPut(idx, val) {
    if (idx >= this.storage.length) {
      let newLength = this.storage.length;
      while (newLength <= idx) newLength *= 2;
      this.storage = this.storage.slice();
      this.storage.length = newLength;
    }
    this.storage[idx] = val;
    if (this.lastIdx < idx + 1) this.lastIdx = idx + 1;
  }

  append(elem) {
    if (this.lastIdx >= this.storage.length) {
      const newLength = this.storage.length * 2;
      this.storage = this.storage.slice();
      this.storage.length = newLength;
    }
    this.storage[this.lastIdx] = elem;
    this.lastIdx++;
  }

  isEmpty() { return this.lastIdx === this.firstIdx; }

  forEach(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) fn(this.storage[i]);
  }

  hasSome(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) {
      if (fn(this.storage[i])) return true;
    }
    return false;
  }

  getOne(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) {
      const e = this.storage[i];
      if (fn(e)) return e;
    }
    return null;
  }

  first() { return this.isEmpty() ? null : this.storage[this.firstIdx]; }

  removeFirst() {
    if (this.isEmpty()) return null;
    this.firstIdx++;
    return this.storage[this.firstIdx - 1];
  }

  remove(obj) {
    const newArray = new Array(this.capacity());
    let newLast = 0;
    let found = false;
    this.forEach((it) => {
      if (it === obj) {
        found = true;
      } else {
        newArray[newLast] = it;
        newLast++;
      }
    });
    this.storage = newArray;
    this.lastIdx = newLast;
    this.firstIdx = 0;
    return found;
  }

  removeAll() {
    this.firstIdx = 0;
    this.lastIdx = 0;
    this.storage = new Array(this.storage.length);
  }

  size() { return this.lastIdx - this.firstIdx; }

  capacity() { return this.storage.length; }

  toArray() { return this.storage.slice(this.firstIdx, this.lastIdx); }

  // In-place sort of the live range: quicksort with a median-of-three pivot, insertion sort
  // for short ranges. compare(a, b) < 0 means a goes first.
  sort(compare) {
    if (this.size() > 1) this.sortRange(this.firstIdx, this.lastIdx - 1, compare);
    return this;
  }

  sortRange(lo, hi, compare) {
    const s = this.storage;
    while (hi - lo > 8) {
      const mid = (lo + hi) >> 1;
      if (compare(s[mid], s[lo]) < 0) this.swap(mid, lo);
      if (compare(s[hi], s[lo]) < 0) this.swap(hi, lo);
      if (compare(s[hi], s[mid]) < 0) this.swap(hi, mid);
      const pivot = s[mid];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (compare(s[i], pivot) < 0) i++;
        while (compare(pivot, s[j]) < 0) j--;
        if (i <= j) {
          this.swap(i, j);
          i++;
          j--;
        }
      }
      // Recurse into the smaller half, loop on the larger one.
      if (j - lo < hi - i) {
        this.sortRange(lo, j, compare);
        lo = i;
      } else {
        this.sortRange(i, hi, compare);
        hi = j;
      }
    }
    for (let k = lo + 1; k <= hi; k++) {
      const v = s[k];
      let m = k - 1;
      while (m >= lo && compare(v, s[m]) < 0) {
        s[m + 1] = s[m];
        m--;
      }
      s[m + 1] = v;
    }
  }

  swap(i, j) {
    const t = this.storage[i];
    this.storage[i] = this.storage[j];
    this.storage[j] = t;
  }
}

class Entry {
  constructor(hash, key, value, next) {
    this.hash = hash;
    this.key = key;
    this.value = value;
    this.next = next;
  }

  match(hash, key) { return this.hash === hash && key.equals(this.key); }
}

class IdEntry extends Entry {
  match(hash, key) { return this.hash === hash && this.key === key; }
}

function hashOf(key) {
  if (!key) return 0;
  const hash = key.customHash();
  return hash ^ (hash >>> 16);
}

class Dictionary {
  constructor(size = INITIAL_CAPACITY) {
    this.buckets = new Array(size).fill(null);
    this.size = 0;
  }

  bucketIdx(hash) { return (this.buckets.length - 1) & hash; }

  getBucket(hash) { return this.buckets[this.bucketIdx(hash)]; }

  at(key) {
    const hash = hashOf(key);
    let e = this.getBucket(hash);
    while (e !== null) {
      if (e.match(hash, key)) return e.value;
      e = e.next;
    }
    return null;
  }

  containsKey(key) {
    const hash = hashOf(key);
    for (let e = this.getBucket(hash); e !== null; e = e.next) {
      if (e.match(hash, key)) return true;
    }
    return false;
  }

  atPut(key, value) {
    const hash = hashOf(key);
    const i = this.bucketIdx(hash);
    const current = this.buckets[i];
    if (current === null) {
      this.buckets[i] = this.newEntry(key, value, hash);
      this.size++;
    } else {
      this.insertBucketEntry(key, value, hash, current);
    }
    if (this.size > this.buckets.length) this.resize();
  }

  newEntry(key, value, hash) { return new Entry(hash, key, value, null); }

  insertBucketEntry(key, value, hash, head) {
    let current = head;
    while (true) {
      if (current.match(hash, key)) {
        current.value = value;
        return;
      }
      if (current.next === null) {
        this.size++;
        current.next = this.newEntry(key, value, hash);
        return;
      }
      current = current.next;
    }
  }

  resize() {
    const oldStorage = this.buckets;
    this.buckets = new Array(oldStorage.length * 2).fill(null);
    this.transferEntries(oldStorage);
  }

  transferEntries(oldStorage) {
    for (let i = 0; i < oldStorage.length; ++i) {
      const current = oldStorage[i];
      if (current === null) continue;
      oldStorage[i] = null;
      if (current.next === null) {
        this.buckets[current.hash & (this.buckets.length - 1)] = current;
      } else {
        this.splitBucket(oldStorage, i, current);
      }
    }
  }

  splitBucket(oldStorage, i, head) {
    let loHead = null, loTail = null, hiHead = null, hiTail = null;
    let current = head;
    while (current !== null) {
      if ((current.hash & oldStorage.length) === 0) {
        if (loTail === null) loHead = current; else loTail.next = current;
        loTail = current;
      } else {
        if (hiTail === null) hiHead = current; else hiTail.next = current;
        hiTail = current;
      }
      current = current.next;
    }
    if (loTail !== null) {
      loTail.next = null;
      this.buckets[i] = loHead;
    }
    if (hiTail !== null) {
      hiTail.next = null;
      this.buckets[i + oldStorage.length] = hiHead;
    }
  }

  getKeys() {
    const keys = new Vector(this.size);
    for (let i = 0; i < this.buckets.length; ++i) {
      for (let e = this.buckets[i]; e !== null; e = e.next) keys.append(e.key);
    }
    return keys;
  }

  getValues() {
    const values = new Vector(this.size);
    for (let i = 0; i < this.buckets.length; ++i) {
      for (let e = this.buckets[i]; e !== null; e = e.next) values.append(e.value);
    }
    return values;
  }

  get longestChain() {
    let best = 0;
    for (const head of this.buckets) {
      let n = 0;
      for (let e = head; e !== null; e = e.next) n++;
      if (n > best) best = n;
    }
    return best;
  }
}

class IdentityDictionary extends Dictionary {
  newEntry(key, value, hash) { return new IdEntry(hash, key, value, null); }
}

class Random {
  constructor(seed = 74755) { this.seed = seed; }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

// A key object for the dictionaries: strings hashed like Java's String.hashCode.
class Str {
  constructor(s) { this.s = s; }
  customHash() {
    let h = 0;
    for (let i = 0; i < this.s.length; i++) h = (Math.imul(31, h) + this.s.charCodeAt(i)) | 0;
    return h;
  }
  equals(other) { return other instanceof Str && other.s === this.s; }
  toString() { return this.s; }
}

module.exports = { Vector, Dictionary, IdentityDictionary, Random, Str, INITIAL_SIZE };
