// JSON round trip: generate nested data deterministically, stringify it (compact and
// indented), parse it back, compare structurally, and print checksums.
let seed = 20240601;
function rand(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'quote"d', 'back\\slash', 'new\nline', 'tab\there', 'unicodé', ''];
function makeValue(depth) {
  const kind = depth === 0 ? 7 : depth > 3 ? rand(5) : rand(8);
  switch (kind) {
    case 0: return rand(1000) - 500;
    case 1: return (rand(100000) - 50000) / 64;
    case 2: return WORDS[rand(WORDS.length)];
    case 3: return rand(2) === 0;
    case 4: return null;
    case 5: {
      const arr = [];
      const n = rand(5);
      for (let i = 0; i < n; i++) arr.push(makeValue(depth + 1));
      return arr;
    }
    default: {
      const obj = {};
      const n = depth === 0 ? 3 + rand(3) : rand(5);
      for (let i = 0; i < n; i++) obj[WORDS[rand(4)] + i] = makeValue(depth + 1);
      return obj;
    }
  }
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!deepEqual(a[ka[i]], b[kb[i]])) return false;
  }
  return true;
}
function hash(s) {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return h >>> 0;
}
function countNodes(v) {
  if (v === null || typeof v !== 'object') return 1;
  let n = 1;
  for (const k of Object.keys(v)) n += countNodes(v[k]);
  return n;
}

const docs = [];
for (let i = 0; i < 20; i++) docs.push({ id: i, payload: makeValue(0), tags: [WORDS[rand(10)], rand(10)] });
const text = JSON.stringify(docs);
const back = JSON.parse(text);
const again = JSON.stringify(back);
console.log('length', text.length, 'hash', hash(text), 'stable', text === again, 'equal', deepEqual(docs, back));
console.log('nodes', countNodes(docs), countNodes(back));
const pretty = JSON.stringify(docs, null, 2);
console.log('pretty length', pretty.length, 'lines', pretty.split('\n').length, 'hash', hash(pretty));
console.log('pretty parses to same', deepEqual(JSON.parse(pretty), docs));
console.log(JSON.stringify(docs[0]));
console.log(JSON.stringify(docs[1], null, 1));
back[3].payload = 'modified';
console.log('after modification equal', deepEqual(docs, back), JSON.stringify(back) === text);

// Values that do not survive the trip unchanged.
const lossy = { u: undefined, f() {}, n: NaN, inf: -Infinity, negz: -0, nested: [undefined, () => 1], d: new Map([[1, 2]]) };
const lossyText = JSON.stringify(lossy);
console.log(lossyText, JSON.parse(lossyText));
console.log(deepEqual(lossy, JSON.parse(lossyText)));

// Class instances come back as plain objects; a reviver-free rebuild step restores them.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm2() {
    return this.x * this.x + this.y * this.y;
  }
}
const pts = [new Point(1, 2), new Point(-3, 4)];
const ptsBack = JSON.parse(JSON.stringify(pts));
console.log(ptsBack, ptsBack[0] instanceof Point);
const rebuilt = ptsBack.map((p) => new Point(p.x, p.y));
console.log(rebuilt, rebuilt.map((p) => p.norm2()));

// Many small round trips in a loop.
let total = 0;
for (let i = 0; i < 500; i++) {
  const o = { i: i, s: 'v' + i, a: [i, i / 2, i % 3 === 0] };
  const r = JSON.parse(JSON.stringify(o));
  total += r.i + r.a[1] + (r.a[2] ? 1 : 0) + r.s.length;
}
console.log('loop total', total);
