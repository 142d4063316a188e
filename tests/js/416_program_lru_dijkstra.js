// An LRU cache on top of Map's insertion order, and Dijkstra's shortest paths with
// a binary-heap priority queue class.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
    this.evictions = 0;
  }
  get(key) {
    if (!this.map.has(key)) {
      this.misses++;
      return undefined;
    }
    const v = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, v);
    this.hits++;
    return v;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      let oldest;
      for (const k of this.map.keys()) {
        oldest = k;
        break;
      }
      this.map.delete(oldest);
      this.evictions++;
    }
    this.map.set(key, value);
  }
}
const cache = new LRUCache(3);
cache.set('a', 1);
cache.set('b', 2);
cache.set('c', 3);
cache.get('a');
cache.set('d', 4);
console.log([...cache.map.keys()], cache.get('b'), cache.get('c'));
const big = new LRUCache(40);
function slowSquare(n) {
  const hit = big.get(n);
  if (hit !== undefined) return hit;
  const v = n * n;
  big.set(n, v);
  return v;
}
let s = 0;
for (let i = 0; i < 4000; i++) s += slowSquare(((i >> 4) * 7) % 90 + (i % 5));
console.log(s, big.hits, big.misses, big.evictions, big.map.size);

class MinHeap {
  constructor() {
    this.items = [];
  }
  get size() {
    return this.items.length;
  }
  push(priority, value) {
    const a = this.items;
    a.push({ priority, value });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].priority <= a[i].priority) break;
      const t = a[p];
      a[p] = a[i];
      a[i] = t;
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l].priority < a[m].priority) m = l;
        if (r < a.length && a[r].priority < a[m].priority) m = r;
        if (m === i) break;
        const t = a[m];
        a[m] = a[i];
        a[i] = t;
        i = m;
      }
    }
    return top;
  }
}
function dijkstra(graph, source) {
  const dist = new Map([[source, 0]]);
  const prev = new Map();
  const heap = new MinHeap();
  heap.push(0, source);
  let pops = 0;
  while (heap.size > 0) {
    const top = heap.pop();
    pops++;
    const u = top.value;
    if (top.priority > dist.get(u)) continue;
    for (const edge of graph.get(u) || []) {
      const v = edge[0];
      const nd = top.priority + edge[1];
      if (!dist.has(v) || nd < dist.get(v)) {
        dist.set(v, nd);
        prev.set(v, u);
        heap.push(nd, v);
      }
    }
  }
  return { dist: dist, prev: prev, pops: pops };
}
function path(prev, target) {
  const out = [target];
  while (prev.has(out[0])) out.splice(0, 0, prev.get(out[0]));
  return out;
}
const small = new Map([
  ['A', [['B', 4], ['C', 2]]],
  ['B', [['C', 5], ['D', 10]]],
  ['C', [['E', 3]]],
  ['E', [['D', 4]]],
  ['D', [['F', 11]]]
]);
const r = dijkstra(small, 'A');
console.log(r.dist);
console.log(path(r.prev, 'F').join(' -> '), r.dist.get('F'), r.dist.get('Z'));
// A grid graph with deterministic weights.
const N = 12;
const grid = new Map();
for (let y = 0; y < N; y++) {
  for (let x = 0; x < N; x++) {
    const id = y * N + x;
    const edges = [];
    if (x + 1 < N) edges.push([id + 1, ((x * 7 + y * 3) % 9) + 1]);
    if (y + 1 < N) edges.push([id + N, ((x * 5 + y * 11) % 9) + 1]);
    if (x > 0) edges.push([id - 1, ((x * 2 + y) % 9) + 1]);
    if (y > 0) edges.push([id - N, ((x + y * 4) % 9) + 1]);
    grid.set(id, edges);
  }
}
const g = dijkstra(grid, 0);
const far = N * N - 1;
console.log('grid distance', g.dist.get(far), 'path length', path(g.prev, far).length, 'pops', g.pops);
let total = 0;
for (const d of g.dist.values()) total += d;
console.log('sum of distances', total, 'reached', g.dist.size);
const heap = new MinHeap();
const order = [];
for (const p of [5, 3, 8, 1, 9, 2, 7]) heap.push(p, 'v' + p);
while (heap.size) order.push(heap.pop().value);
console.log(order);
