// A red-black tree with a shared black sentinel: insert, delete, lookup, in-order
// traversal and a validator that checks every red-black invariant.
const RED = true, BLACK = false;

class RBNode {
  constructor(key, value, nil) {
    this.key = key;
    this.value = value;
    this.color = RED;
    this.left = nil;
    this.right = nil;
    this.parent = nil;
  }
}

class RBTree {
  constructor() {
    const nil = new RBNode(null, null, null);
    nil.color = BLACK;
    nil.left = nil.right = nil.parent = nil;
    this.nil = nil;
    this.root = nil;
    this.size = 0;
    this.rotations = 0;
  }
  rotateLeft(x) {
    const y = x.right;
    x.right = y.left;
    if (y.left !== this.nil) y.left.parent = x;
    y.parent = x.parent;
    if (x.parent === this.nil) this.root = y;
    else if (x === x.parent.left) x.parent.left = y;
    else x.parent.right = y;
    y.left = x;
    x.parent = y;
    this.rotations++;
  }
  rotateRight(x) {
    const y = x.left;
    x.left = y.right;
    if (y.right !== this.nil) y.right.parent = x;
    y.parent = x.parent;
    if (x.parent === this.nil) this.root = y;
    else if (x === x.parent.right) x.parent.right = y;
    else x.parent.left = y;
    y.right = x;
    x.parent = y;
    this.rotations++;
  }
  find(key) {
    let n = this.root;
    while (n !== this.nil) {
      if (key === n.key) return n;
      n = key < n.key ? n.left : n.right;
    }
    return null;
  }
  get(key) {
    const n = this.find(key);
    return n === null ? undefined : n.value;
  }
  has(key) {
    return this.find(key) !== null;
  }
  insert(key, value) {
    let parent = this.nil;
    let cur = this.root;
    while (cur !== this.nil) {
      parent = cur;
      if (key === cur.key) {
        cur.value = value;
        return false;
      }
      cur = key < cur.key ? cur.left : cur.right;
    }
    const z = new RBNode(key, value, this.nil);
    z.parent = parent;
    if (parent === this.nil) this.root = z;
    else if (key < parent.key) parent.left = z;
    else parent.right = z;
    this.size++;
    this.fixInsert(z);
    return true;
  }
  fixInsert(z) {
    while (z.parent.color === RED) {
      const gp = z.parent.parent;
      if (z.parent === gp.left) {
        const uncle = gp.right;
        if (uncle.color === RED) {
          z.parent.color = BLACK;
          uncle.color = BLACK;
          gp.color = RED;
          z = gp;
        } else {
          if (z === z.parent.right) {
            z = z.parent;
            this.rotateLeft(z);
          }
          z.parent.color = BLACK;
          z.parent.parent.color = RED;
          this.rotateRight(z.parent.parent);
        }
      } else {
        const uncle = gp.left;
        if (uncle.color === RED) {
          z.parent.color = BLACK;
          uncle.color = BLACK;
          gp.color = RED;
          z = gp;
        } else {
          if (z === z.parent.left) {
            z = z.parent;
            this.rotateRight(z);
          }
          z.parent.color = BLACK;
          z.parent.parent.color = RED;
          this.rotateLeft(z.parent.parent);
        }
      }
    }
    this.root.color = BLACK;
  }
  transplant(u, v) {
    if (u.parent === this.nil) this.root = v;
    else if (u === u.parent.left) u.parent.left = v;
    else u.parent.right = v;
    v.parent = u.parent;
  }
  minimum(n) {
    while (n.left !== this.nil) n = n.left;
    return n;
  }
  delete(key) {
    const z = this.find(key);
    if (z === null) return false;
    let y = z;
    let yColor = y.color;
    let x;
    if (z.left === this.nil) {
      x = z.right;
      this.transplant(z, z.right);
    } else if (z.right === this.nil) {
      x = z.left;
      this.transplant(z, z.left);
    } else {
      y = this.minimum(z.right);
      yColor = y.color;
      x = y.right;
      if (y.parent === z) {
        x.parent = y;
      } else {
        this.transplant(y, y.right);
        y.right = z.right;
        y.right.parent = y;
      }
      this.transplant(z, y);
      y.left = z.left;
      y.left.parent = y;
      y.color = z.color;
    }
    if (yColor === BLACK) this.fixDelete(x);
    this.size--;
    return true;
  }
  fixDelete(x) {
    while (x !== this.root && x.color === BLACK) {
      if (x === x.parent.left) {
        let w = x.parent.right;
        if (w.color === RED) {
          w.color = BLACK;
          x.parent.color = RED;
          this.rotateLeft(x.parent);
          w = x.parent.right;
        }
        if (w.left.color === BLACK && w.right.color === BLACK) {
          w.color = RED;
          x = x.parent;
        } else {
          if (w.right.color === BLACK) {
            w.left.color = BLACK;
            w.color = RED;
            this.rotateRight(w);
            w = x.parent.right;
          }
          w.color = x.parent.color;
          x.parent.color = BLACK;
          w.right.color = BLACK;
          this.rotateLeft(x.parent);
          x = this.root;
        }
      } else {
        let w = x.parent.left;
        if (w.color === RED) {
          w.color = BLACK;
          x.parent.color = RED;
          this.rotateRight(x.parent);
          w = x.parent.left;
        }
        if (w.right.color === BLACK && w.left.color === BLACK) {
          w.color = RED;
          x = x.parent;
        } else {
          if (w.left.color === BLACK) {
            w.right.color = BLACK;
            w.color = RED;
            this.rotateLeft(w);
            w = x.parent.left;
          }
          w.color = x.parent.color;
          x.parent.color = BLACK;
          w.left.color = BLACK;
          this.rotateRight(x.parent);
          x = this.root;
        }
      }
    }
    x.color = BLACK;
  }
  inOrder() {
    const out = [];
    const stack = [];
    let n = this.root;
    while (n !== this.nil || stack.length > 0) {
      while (n !== this.nil) {
        stack.push(n);
        n = n.left;
      }
      n = stack.pop();
      out.push(n.key);
      n = n.right;
    }
    return out;
  }
  height(n = this.root) {
    if (n === this.nil) return 0;
    return 1 + Math.max(this.height(n.left), this.height(n.right));
  }
  // Returns the black height, or throws describing the first violated invariant.
  validate() {
    if (this.root.color !== BLACK) throw new Error('root is red');
    if (this.nil.color !== BLACK) throw new Error('sentinel is red');
    let count = 0;
    const check = (n, lo, hi) => {
      if (n === this.nil) return 1;
      count++;
      if ((lo !== null && n.key <= lo) || (hi !== null && n.key >= hi)) throw new Error('order violated at ' + n.key);
      if (n.left !== this.nil && n.left.parent !== n) throw new Error('bad parent link at ' + n.key);
      if (n.right !== this.nil && n.right.parent !== n) throw new Error('bad parent link at ' + n.key);
      if (n.color === RED && (n.left.color === RED || n.right.color === RED)) throw new Error('red-red at ' + n.key);
      const lh = check(n.left, lo, n.key);
      const rh = check(n.right, n.key, hi);
      if (lh !== rh) throw new Error('black height mismatch at ' + n.key);
      return lh + (n.color === BLACK ? 1 : 0);
    };
    const bh = check(this.root, null, null);
    if (count !== this.size) throw new Error('size mismatch ' + count + ' vs ' + this.size);
    return bh;
  }
}

function lcg(seed) {
  let s = seed;
  return function (n) {
    s = (s * 16807) % 2147483647;
    return s % n;
  };
}

// Small tree: show structure facts and a full traversal.
const small = new RBTree();
for (const k of [41, 38, 31, 12, 19, 8, 45, 50, 1, 99]) small.insert(k, 'v' + k);
console.log(small.inOrder(), small.size, 'black height', small.validate(), 'height', small.height());
console.log(small.root.key, small.get(19), small.get(20), small.has(45), small.insert(19, 'new'), small.get(19));
for (const k of [8, 12, 41, 1000]) console.log('delete', k, small.delete(k), small.validate());
console.log(small.inOrder(), small.size);

// Big tree: random inserts and deletes, validated as it changes.
const rand = lcg(42);
const tree = new RBTree();
const reference = new Set();
let validations = 0;
for (let i = 0; i < 1200; i++) {
  const k = rand(3000);
  tree.insert(k, i);
  reference.add(k);
  if (i % 300 === 299) {
    tree.validate();
    validations++;
  }
}
console.log('after inserts', tree.size, reference.size, 'height', tree.height(), 'bh', tree.validate());
let deleted = 0;
for (let i = 0; i < 1600; i++) {
  const k = rand(3000);
  const had = reference.delete(k);
  if (tree.delete(k) !== had) console.log('mismatch deleting', k);
  if (had) deleted++;
  if (i % 400 === 399) {
    tree.validate();
    validations++;
  }
}
console.log('after deletes', tree.size, reference.size, deleted, 'bh', tree.validate(), 'validations', validations);
const keys = tree.inOrder();
const expected = [...reference].sort((a, b) => a - b);
console.log('in-order matches', keys.length === expected.length && keys.every((k, i) => k === expected[i]));
let sum = 0;
for (const k of keys) sum = (sum * 31 + k) % 1000000007;
console.log('checksum', sum, 'first', keys.slice(0, 5), 'last', keys.slice(-3), 'rotations', tree.rotations);

// Delete everything; the tree must stay valid to the end.
for (const k of keys) tree.delete(k);
console.log('emptied', tree.size, tree.root === tree.nil, tree.inOrder(), tree.validate());

// A deliberately broken tree is caught by the validator.
const broken = new RBTree();
for (let i = 1; i <= 7; i++) broken.insert(i, i);
for (let k = 1; k <= 7; k++) {
  const n = broken.find(k);
  if (n.color === RED && n.parent !== broken.root) {
    n.parent.color = RED;
    break;
  }
}
try {
  broken.validate();
} catch (e) {
  console.log('validator says:', e.message);
}
