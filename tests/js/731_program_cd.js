// The CD (collision detection) benchmark in the style of Are-We-Fast-Yet: aircraft
// move over frames, their motions are hashed into voxels kept in a red-black tree
// keyed by 2D vectors, and motions sharing a voxel are tested pairwise by solving
// a quadratic for the times at which they come within the proximity radius.
'use strict';

const MIN_X = 0.0;
const MIN_Y = 0.0;
const MAX_X = 1000.0;
const MAX_Y = 1000.0;
const MIN_Z = 0.0;
const MAX_Z = 10.0;
const PROXIMITY_RADIUS = 1.0;
const GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0;

// Orders numbers, treating NaN as smaller than everything else.
function compareNumbers(a, b) {
  if (a === b) return 0;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === a) return 1;
  return -1;
}

class Vector2D {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  plus(other) { return new Vector2D(this.x + other.x, this.y + other.y); }
  minus(other) { return new Vector2D(this.x - other.x, this.y - other.y); }
  compareTo(other) {
    const result = compareNumbers(this.x, other.x);
    if (result !== 0) return result;
    return compareNumbers(this.y, other.y);
  }
  toString() { return `(${this.x}, ${this.y})`; }
}

class Vector3D {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }
  plus(other) { return new Vector3D(this.x + other.x, this.y + other.y, this.z + other.z); }
  minus(other) { return new Vector3D(this.x - other.x, this.y - other.y, this.z - other.z); }
  dot(other) { return this.x * other.x + this.y * other.y + this.z * other.z; }
  squaredMagnitude() { return this.dot(this); }
  magnitude() { return Math.sqrt(this.squaredMagnitude()); }
  times(amount) { return new Vector3D(this.x * amount, this.y * amount, this.z * amount); }
}

// ---------------------------------------------------------------- red-black tree

const RED = 'red';
const BLACK = 'black';

function treeMinimum(x) {
  let current = x;
  while (current.left) current = current.left;
  return current;
}

class RbNode {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.parent = null;
    this.color = RED;
  }
  successor() {
    let x = this;
    if (x.right) return treeMinimum(x.right);
    let y = x.parent;
    while (y && x === y.right) {
      x = y;
      y = y.parent;
    }
    return y;
  }
}

class RbtEntry {
  constructor(key, value) {
    this.key = key;
    this.value = value;
  }
}

class InsertResult {
  constructor(isNewEntry, newNode, oldValue) {
    this.isNewEntry = isNewEntry;
    this.newNode = newNode;
    this.oldValue = oldValue;
  }
}

class RedBlackTree {
  constructor() {
    this.root = null;
    this.count = 0;
  }
  get size() { return this.count; }
  // Returns the previous value for the key, or null when the key is new.
  put(key, value) {
    const insertion = this.treeInsert(key, value);
    if (!insertion.isNewEntry) return insertion.oldValue;
    this.count++;
    let x = insertion.newNode;
    while (x !== this.root && x.parent.color === RED) {
      if (x.parent === x.parent.parent.left) {
        const y = x.parent.parent.right;
        if (y && y.color === RED) {
          x.parent.color = BLACK;
          y.color = BLACK;
          x.parent.parent.color = RED;
          x = x.parent.parent;
        } else {
          if (x === x.parent.right) {
            x = x.parent;
            this.leftRotate(x);
          }
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.rightRotate(x.parent.parent);
        }
      } else {
        const y = x.parent.parent.left;
        if (y && y.color === RED) {
          x.parent.color = BLACK;
          y.color = BLACK;
          x.parent.parent.color = RED;
          x = x.parent.parent;
        } else {
          if (x === x.parent.left) {
            x = x.parent;
            this.rightRotate(x);
          }
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.leftRotate(x.parent.parent);
        }
      }
    }
    this.root.color = BLACK;
    return null;
  }
  remove(key) {
    const z = this.findNode(key);
    if (!z) return null;
    this.count--;
    // y is the node that actually leaves the tree; x is the child that takes its place.
    const y = (!z.left || !z.right) ? z : z.successor();
    const x = y.left ? y.left : y.right;
    let xParent;
    if (x) {
      x.parent = y.parent;
      xParent = x.parent;
    } else {
      xParent = y.parent;
    }
    if (!y.parent) {
      this.root = x;
    } else if (y === y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }
    if (y !== z) {
      if (y.color === BLACK) this.removeFixup(x, xParent);
      y.parent = z.parent;
      y.color = z.color;
      y.left = z.left;
      y.right = z.right;
      if (z.left) z.left.parent = y;
      if (z.right) z.right.parent = y;
      if (z.parent) {
        if (z.parent.left === z) {
          z.parent.left = y;
        } else {
          z.parent.right = y;
        }
      } else {
        this.root = y;
      }
    } else if (y.color === BLACK) {
      this.removeFixup(x, xParent);
    }
    return z.value;
  }
  get(key) {
    const node = this.findNode(key);
    return node ? node.value : null;
  }
  forEach(fn) {
    if (!this.root) return;
    let current = treeMinimum(this.root);
    while (current) {
      fn(new RbtEntry(current.key, current.value));
      current = current.successor();
    }
  }
  findNode(key) {
    let current = this.root;
    while (current) {
      const c = key.compareTo(current.key);
      if (c === 0) return current;
      current = c < 0 ? current.left : current.right;
    }
    return null;
  }
  treeInsert(key, value) {
    let y = null;
    let x = this.root;
    while (x) {
      y = x;
      const c = key.compareTo(x.key);
      if (c < 0) {
        x = x.left;
      } else if (c > 0) {
        x = x.right;
      } else {
        const oldValue = x.value;
        x.value = value;
        return new InsertResult(false, null, oldValue);
      }
    }
    const z = new RbNode(key, value);
    z.parent = y;
    if (!y) {
      this.root = z;
    } else if (key.compareTo(y.key) < 0) {
      y.left = z;
    } else {
      y.right = z;
    }
    return new InsertResult(true, z, null);
  }
  leftRotate(x) {
    const y = x.right;
    x.right = y.left;
    if (y.left) y.left.parent = x;
    y.parent = x.parent;
    if (!x.parent) {
      this.root = y;
    } else if (x === x.parent.left) {
      x.parent.left = y;
    } else {
      x.parent.right = y;
    }
    y.left = x;
    x.parent = y;
    return y;
  }
  rightRotate(y) {
    const x = y.left;
    y.left = x.right;
    if (x.right) x.right.parent = y;
    x.parent = y.parent;
    if (!y.parent) {
      this.root = x;
    } else if (y === y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }
    x.right = y;
    y.parent = x;
    return x;
  }
  removeFixup(x, xParent) {
    while (x !== this.root && (!x || x.color === BLACK)) {
      if (x === xParent.left) {
        let w = xParent.right;
        if (w.color === RED) {
          w.color = BLACK;
          xParent.color = RED;
          this.leftRotate(xParent);
          w = xParent.right;
        }
        if ((!w.left || w.left.color === BLACK) && (!w.right || w.right.color === BLACK)) {
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (!w.right || w.right.color === BLACK) {
            w.left.color = BLACK;
            w.color = RED;
            this.rightRotate(w);
            w = xParent.right;
          }
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.right) w.right.color = BLACK;
          this.leftRotate(xParent);
          x = this.root;
          xParent = x.parent;
        }
      } else {
        let w = xParent.left;
        if (w.color === RED) {
          w.color = BLACK;
          xParent.color = RED;
          this.rightRotate(xParent);
          w = xParent.left;
        }
        if ((!w.right || w.right.color === BLACK) && (!w.left || w.left.color === BLACK)) {
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (!w.left || w.left.color === BLACK) {
            w.right.color = BLACK;
            w.color = RED;
            this.leftRotate(w);
            w = xParent.left;
          }
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.left) w.left.color = BLACK;
          this.rightRotate(xParent);
          x = this.root;
          xParent = x.parent;
        }
      }
    }
    if (x) x.color = BLACK;
  }
  // Checks the red-black invariants; returns the black height or throws.
  verify() {
    const walk = (node, parent) => {
      if (!node) return 1;
      if (node.parent !== parent) throw new Error('bad parent link');
      if (node.color === RED && ((node.left && node.left.color === RED) || (node.right && node.right.color === RED))) {
        throw new Error('red node with a red child');
      }
      if (node.left && node.left.key.compareTo(node.key) >= 0) throw new Error('left key out of order');
      if (node.right && node.right.key.compareTo(node.key) <= 0) throw new Error('right key out of order');
      const l = walk(node.left, node);
      const r = walk(node.right, node);
      if (l !== r) throw new Error(`black heights differ: ${l} vs ${r}`);
      return l + (node.color === BLACK ? 1 : 0);
    };
    if (this.root && this.root.color !== BLACK) throw new Error('red root');
    return walk(this.root, null);
  }
}

// ---------------------------------------------------------------- simulation

class CallSign {
  constructor(value) { this.value = value; }
  compareTo(other) {
    return this.value === other.value ? 0 : (this.value < other.value ? -1 : 1);
  }
  toString() { return `CS${this.value}`; }
}

class Collision {
  constructor(aircraftA, aircraftB, position) {
    this.aircraftA = aircraftA;
    this.aircraftB = aircraftB;
    this.position = position;
  }
}

class Motion {
  constructor(callsign, posOne, posTwo) {
    this.callsign = callsign;
    this.posOne = posOne;
    this.posTwo = posTwo;
  }
  delta() { return this.posTwo.minus(this.posOne); }
  // Both aircraft move at constant speed along their segments during the frame;
  // find the first time in [0, 1] at which they are within PROXIMITY_RADIUS.
  findIntersection(other) {
    const init1 = this.posOne;
    const init2 = other.posOne;
    const vec1 = this.delta();
    const vec2 = other.delta();
    const radius = PROXIMITY_RADIUS;
    // |(I1 - I2) + t (V1 - V2)|^2 = r^2  =>  a t^2 + b t + c = 0
    const a = vec2.minus(vec1).squaredMagnitude();
    if (a !== 0.0) {
      const b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));
      const c = -radius * radius + init2.minus(init1).squaredMagnitude();
      const discr = b * b - 4.0 * a * c;
      if (discr < 0.0) return null;
      const v1 = (-b - Math.sqrt(discr)) / (2.0 * a);
      const v2 = (-b + Math.sqrt(discr)) / (2.0 * a);
      if (v1 <= v2 && ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
        // Report a collision that began before the frame at the frame's start.
        const v = v1 <= 0.0 ? 0.0 : v1;
        const result1 = init1.plus(vec1.times(v));
        const result2 = init2.plus(vec2.times(v));
        const result = result1.plus(result2).times(0.5);
        if (result.x >= MIN_X && result.x <= MAX_X &&
            result.y >= MIN_Y && result.y <= MAX_Y &&
            result.z >= MIN_Z && result.z <= MAX_Z) {
          return result;
        }
      }
      return null;
    }
    // Same velocity (or both still): the distance never changes.
    const dist = init2.minus(init1).magnitude();
    if (dist <= radius) return init1.plus(init2).times(0.5);
    return null;
  }
}

class Aircraft {
  constructor(callsign, position) {
    this.callsign = callsign;
    this.position = position;
  }
}

// Pairs of aircraft: the first of a pair follows cos, the second sin, around the
// same offset, so they repeatedly cross. With `circles`, more aircraft fly in groups
// of three around shared centres (clockwise, counter-clockwise and slower), and
// every fifth one skips the frames where (frame + id) % 6 == 0, so the detector also
// forgets aircraft and re-adds them.
const CIRCLE_SPEEDS = [2.0, -2.0, 1.0];
const CIRCLE_PHASES = [0.0, 0.3, 1.0];

class Simulator {
  constructor(numAircraft, circles = 0) {
    this.aircraft = [];
    for (let i = 0; i < numAircraft; ++i) this.aircraft.push(new CallSign(i));
    this.circles = [];
    for (let i = 0; i < circles; ++i) this.circles.push(new CallSign(1000 + i));
  }
  simulate(time, frameNumber) {
    const frame = [];
    for (let i = 0; i < this.aircraft.length; i += 2) {
      frame.push(new Aircraft(this.aircraft[i], new Vector3D(time, Math.cos(time) * 2 + i * 3, 10)));
      frame.push(new Aircraft(this.aircraft[i + 1], new Vector3D(time, Math.sin(time) * 2 + i * 3, 10)));
    }
    this.circles.forEach((cs, k) => {
      if (k % 5 === 2 && (frameNumber + k) % 6 === 0) return;
      const group = Math.floor(k / 3);
      const centre = 50 + 20 * group;
      const angle = CIRCLE_SPEEDS[k % 3] * time + CIRCLE_PHASES[k % 3];
      const pos = new Vector3D(centre + 4 * Math.cos(angle), centre + 4 * Math.sin(angle), 2 + group);
      frame.push(new Aircraft(cs, pos));
    });
    return frame;
  }
}

// ---------------------------------------------------------------- detector

const horizontal = new Vector2D(GOOD_VOXEL_SIZE, 0.0);
const vertical = new Vector2D(0.0, GOOD_VOXEL_SIZE);

function isInVoxel(voxel, motion) {
  if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) return false;
  const init = motion.posOne;
  const fin = motion.posTwo;
  const vS = GOOD_VOXEL_SIZE;
  const r = PROXIMITY_RADIUS / 2.0;

  const vX = voxel.x;
  const x0 = init.x;
  const xv = fin.x - init.x;
  const vY = voxel.y;
  const y0 = init.y;
  const yv = fin.y - init.y;

  let lowX = (vX - r - x0) / xv;
  let highX = (vX + vS + r - x0) / xv;
  if (xv < 0.0) [lowX, highX] = [highX, lowX];
  let lowY = (vY - r - y0) / yv;
  let highY = (vY + vS + r - y0) / yv;
  if (yv < 0.0) [lowY, highY] = [highY, lowY];

  const inX = (xv === 0.0 && vX <= x0 + r && x0 - r <= vX + vS) ||
    (lowX <= 1.0 && 1.0 <= highX) || (lowX <= 0.0 && 0.0 <= highX) || (0.0 <= lowX && highX <= 1.0);
  const inY = (yv === 0.0 && vY <= y0 + r && y0 - r <= vY + vS) ||
    (lowY <= 1.0 && 1.0 <= highY) || (lowY <= 0.0 && 0.0 <= highY) || (0.0 <= lowY && highY <= 1.0);
  const overlap = xv === 0.0 || yv === 0.0 ||
    (lowY <= highX && highX <= highY) || (lowY <= lowX && lowX <= highY) || (lowX <= lowY && highY <= highX);
  return inX && inY && overlap;
}

function putIntoMap(voxelMap, voxel, motion) {
  let list = voxelMap.get(voxel);
  if (!list) {
    list = [];
    voxelMap.put(voxel, list);
  }
  list.push(motion);
}

function recurse(voxelMap, seen, nextVoxel, motion) {
  if (!isInVoxel(nextVoxel, motion)) return;
  if (seen.put(nextVoxel, true)) return;
  putIntoMap(voxelMap, nextVoxel, motion);
  recurse(voxelMap, seen, nextVoxel.minus(horizontal), motion);
  recurse(voxelMap, seen, nextVoxel.plus(horizontal), motion);
  recurse(voxelMap, seen, nextVoxel.minus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.plus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.minus(horizontal).minus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.minus(horizontal).plus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.plus(horizontal).minus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.plus(horizontal).plus(vertical), motion);
}

function voxelHash(position) {
  const xDiv = (position.x / GOOD_VOXEL_SIZE) | 0;
  const yDiv = (position.y / GOOD_VOXEL_SIZE) | 0;
  let x = GOOD_VOXEL_SIZE * xDiv;
  let y = GOOD_VOXEL_SIZE * yDiv;
  if (position.x < 0) x -= GOOD_VOXEL_SIZE;
  if (position.y < 0) y -= GOOD_VOXEL_SIZE;
  return new Vector2D(x, y);
}

function drawMotionOnVoxelMap(voxelMap, motion) {
  const seen = new RedBlackTree();
  recurse(voxelMap, seen, voxelHash(motion.posOne), motion);
}

function reduceCollisionSet(motions) {
  const voxelMap = new RedBlackTree();
  for (const motion of motions) drawMotionOnVoxelMap(voxelMap, motion);
  const result = [];
  voxelMap.forEach((e) => {
    if (e.value.length > 1) result.push(e.value);
  });
  return result;
}

class CollisionDetector {
  constructor() {
    this.state = new RedBlackTree();
    this.removed = 0;
  }
  handleNewFrame(frame) {
    const motions = [];
    const seen = new RedBlackTree();
    for (const aircraft of frame) {
      let oldPosition = this.state.put(aircraft.callsign, aircraft.position);
      const newPosition = aircraft.position;
      seen.put(aircraft.callsign, true);
      // A newly introduced aircraft is treated as if it were stationary.
      oldPosition ??= newPosition;
      motions.push(new Motion(aircraft.callsign, oldPosition, newPosition));
    }
    // Forget aircraft that are no longer present.
    const toRemove = [];
    this.state.forEach((e) => {
      if (!seen.get(e.key)) toRemove.push(e.key);
    });
    for (const key of toRemove) {
      this.state.remove(key);
      this.removed++;
    }
    const allReduced = reduceCollisionSet(motions);
    const collisions = [];
    for (const reduced of allReduced) {
      for (let i = 0; i < reduced.length; ++i) {
        const motion1 = reduced[i];
        for (let j = i + 1; j < reduced.length; ++j) {
          const motion2 = reduced[j];
          const position = motion1.findIntersection(motion2);
          if (position) collisions.push(new Collision(motion1.callsign, motion2.callsign, position));
        }
      }
    }
    return collisions;
  }
}

function round3(v) { return Math.round(v * 1000) / 1000; }

function runSimulation(numAircraft, circles, numFrames) {
  const simulator = new Simulator(numAircraft, circles);
  const detector = new CollisionDetector();
  const perFrame = [];
  let total = 0;
  let sum = 0;
  const pairs = new Set();
  for (let i = 0; i < numFrames; ++i) {
    const time = i / 10.0;
    const collisions = detector.handleNewFrame(simulator.simulate(time, i));
    perFrame.push(collisions.length);
    total += collisions.length;
    for (const c of collisions) {
      sum += c.position.x + c.position.y + c.position.z;
      const [lo, hi] = [c.aircraftA.value, c.aircraftB.value].sort((p, q) => p - q);
      pairs.add(`${lo}-${hi}`);
    }
  }
  console.log(`aircraft ${numAircraft}+${circles}, ${numFrames} frames: ${total} collisions, ` +
    `${pairs.size} distinct pairs, position sum ${round3(sum)}, removed ${detector.removed}, ` +
    `tracked ${detector.state.size}, black height ${detector.state.verify()}`);
  // Collision counts per frame, ten frames to a line.
  for (let i = 0; i < perFrame.length; i += 10) {
    console.log(`  frames ${String(i).padStart(3)}-${String(i + 9).padStart(3)}: ${perFrame.slice(i, i + 10).join(' ')}`);
  }
  return total;
}

// ---------------------------------------------------------------- direct checks

// The red-black tree on its own: keys inserted in a scrambled order, some removed,
// the invariants checked after every phase.
{
  const tree = new RedBlackTree();
  for (let i = 0; i < 300; i++) tree.put(new CallSign((i * 7919) % 300), i);
  const h1 = tree.verify();
  let removedSum = 0;
  for (let i = 0; i < 300; i += 3) removedSum += tree.remove(new CallSign((i * 31) % 300)) ?? 0;
  const h2 = tree.verify();
  const missing = tree.remove(new CallSign(5000));
  const replaced = tree.put(new CallSign(1), 'one');
  let keySum = 0;
  let ordered = true;
  let prev = -1;
  tree.forEach((e) => {
    keySum += e.key.value;
    if (e.key.value <= prev) ordered = false;
    prev = e.key.value;
  });
  console.log(`rbtree: size ${tree.size}, heights ${h1}/${h2}, removed value sum ${removedSum}, ` +
    `missing ${missing}, replaced ${replaced}, key sum ${keySum}, ordered ${ordered}, get(1) ${tree.get(new CallSign(1))}`);
  for (let i = 0; i < 300; i++) tree.remove(new CallSign(i));
  console.log(`rbtree emptied: size ${tree.size}, root ${tree.root}, height ${tree.verify()}`);
}

// Vector2D keys order by x, then y; NaN sorts first.
{
  const tree = new RedBlackTree();
  const keys = [[2, 2], [0, 4], [2, -2], [NaN, 1], [-4, 0], [2, 2], [0, 0]];
  for (const [x, y] of keys) tree.put(new Vector2D(x, y), `${x}/${y}`);
  const order = [];
  tree.forEach((e) => order.push(String(e.key)));
  console.log(`voxel keys: ${order.join(' ')}`);
  console.log(`voxelHash: ${voxelHash(new Vector3D(3.5, -0.5, 0))} ${voxelHash(new Vector3D(999.9, 12, 0))}`);
}

// Motion.findIntersection on hand-made cases.
{
  const cs1 = new CallSign(1);
  const cs2 = new CallSign(2);
  const mk = (a, b) => new Motion(cs1, new Vector3D(...a), new Vector3D(...b));
  const cases = [
    [mk([0, 0, 5], [10, 0, 5]), mk([10, 0.5, 5], [0, 0.5, 5])],   // head-on, close
    [mk([0, 0, 5], [10, 0, 5]), mk([10, 5, 5], [0, 5, 5])],       // pass far apart
    [mk([1, 1, 1], [2, 2, 1]), mk([1.5, 1, 1], [2.5, 2, 1])],     // parallel, same speed, near
    [mk([1, 1, 1], [2, 2, 1]), mk([5, 1, 1], [6, 2, 1])],         // parallel, same speed, far
    [mk([0, 0, 5], [10, 10, 5]), mk([10, 0, 5], [0, 10, 5])],     // crossing mid-frame
    [mk([-5, 0, 5], [-4, 0, 5]), mk([-5, 0.2, 5], [-4.5, 0.2, 5])], // outside the space
  ];
  const shown = cases.map(([m1, m2]) => {
    m2.callsign = cs2;
    const p = m1.findIntersection(m2);
    return p ? `(${round3(p.x)},${round3(p.y)},${round3(p.z)})` : 'none';
  });
  console.log(`intersections: ${shown.join(' ')}`);
  const m = mk([0, 0, 0], [3, 4, 0]);
  console.log(`delta magnitude ${m.delta().magnitude()}, in voxel (0,0) ${isInVoxel(new Vector2D(0, 0), m)}, ` +
    `in voxel (10,10) ${isInVoxel(new Vector2D(10, 10), m)}, in voxel (-2,0) ${isInVoxel(new Vector2D(-2, 0), m)}`);
}

// ---------------------------------------------------------------- the benchmark runs

let grandTotal = 0;
grandTotal += runSimulation(2, 0, 20);
grandTotal += runSimulation(6, 0, 45);
grandTotal += runSimulation(0, 9, 30);
console.log(`grand total ${grandTotal}`);
