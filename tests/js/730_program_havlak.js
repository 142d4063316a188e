// Havlak's loop-recognition algorithm in the style of the Are-We-Fast-Yet benchmark:
// a control-flow graph of basic blocks made of diamonds, straight runs and nested
// loops, a DFS numbering, back/non-back predecessor sets, union-find to collapse
// loop bodies, and a loop-structure graph whose nesting levels are then counted.
'use strict';

const UNVISITED = 2147483647;
const MAX_NON_BACK_PREDS = 32 * 1024;

// Block kinds the finder assigns while it walks the DFS tree backwards.
const BB_TOP = 0;          // uninitialized
const BB_NONHEADER = 1;    // a regular block
const BB_REDUCIBLE = 2;    // a reducible loop header
const BB_SELF = 3;         // a single-block loop
const BB_IRREDUCIBLE = 4;  // an irreducible loop header
const BB_DEAD = 5;         // unreachable from the start block
const KIND_NAMES = ['top', 'nonheader', 'reducible', 'self', 'irreducible', 'dead'];

class BasicBlock {
  constructor(name) {
    this.name = name;
    this.inEdges = [];
    this.outEdges = [];
  }
  get numPred() { return this.inEdges.length; }
  get numSucc() { return this.outEdges.length; }
  addOutEdge(to) { this.outEdges.push(to); }
  addInEdge(from) { this.inEdges.push(from); }
  toString() { return `BB#${this.name}`; }
}

class BasicBlockEdge {
  constructor(cfg, fromName, toName) {
    this.from = cfg.createNode(fromName);
    this.to = cfg.createNode(toName);
    this.from.addOutEdge(this.to);
    this.to.addInEdge(this.from);
    cfg.addEdge(this);
  }
}

class ControlFlowGraph {
  constructor() {
    this.basicBlockMap = new Map();
    this.startNode = null;
    this.edgeList = [];
  }
  createNode(name) {
    let node = this.basicBlockMap.get(name);
    if (node === undefined) {
      node = new BasicBlock(name);
      this.basicBlockMap.set(name, node);
    }
    if (this.numNodes === 1) this.startNode = node;
    return node;
  }
  addEdge(edge) { this.edgeList.push(edge); }
  get numNodes() { return this.basicBlockMap.size; }
  get startBasicBlock() { return this.startNode; }
  get basicBlocks() { return this.basicBlockMap.values(); }
}

class SimpleLoop {
  constructor(bb, isReducible) {
    this.isReducible = isReducible;
    this.parent = null;
    this.isRoot = false;
    this.nestingLevel = 0;
    this.depthLevel = 0;
    this.counter = 0;
    this.basicBlocks = new Set();
    this.children = new Set();
    if (bb) this.basicBlocks.add(bb);
    this.header = bb;
  }
  addNode(bb) { this.basicBlocks.add(bb); }
  addChildLoop(loop) { this.children.add(loop); }
  setParent(parent) {
    this.parent = parent;
    parent.addChildLoop(this);
  }
  setNestingLevel(level) {
    this.nestingLevel = level;
    if (level === 0) this.isRoot = true;
  }
  get size() { return this.basicBlocks.size; }
}

class LoopStructureGraph {
  constructor() {
    this.loopCounter = 0;
    this.loops = [];
    this.root = new SimpleLoop(null, true);
    this.root.setNestingLevel(0);
    this.root.counter = this.loopCounter++;
    this.loops.push(this.root);
  }
  createNewLoop(bb, isReducible) {
    const loop = new SimpleLoop(bb, isReducible);
    loop.counter = this.loopCounter++;
    this.loops.push(loop);
    return loop;
  }
  calculateNestingLevel() {
    for (const loop of this.loops) {
      if (!loop.isRoot && loop.parent === null) loop.setParent(this.root);
    }
    this.calculateNestingLevelRec(this.root, 0);
  }
  calculateNestingLevelRec(loop, depth) {
    loop.depthLevel = depth;
    for (const child of loop.children) {
      this.calculateNestingLevelRec(child, depth + 1);
      loop.setNestingLevel(Math.max(loop.nestingLevel, 1 + child.nestingLevel));
    }
  }
  get numLoops() { return this.loops.length; }
}

class UnionFindNode {
  constructor() {
    this.parent = null;
    this.bb = null;
    this.loop = null;
    this.dfsNumber = 0;
  }
  initNode(bb, dfsNumber) {
    this.parent = this;
    this.bb = bb;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }
  // Find the set representative, compressing the path on the way back.
  findSet() {
    const nodeList = [];
    let node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) nodeList.push(node);
      node = node.parent;
    }
    nodeList.forEach((n) => n.union(this.parent));
    return node;
  }
  union(other) { this.parent = other; }
}

class HavlakLoopFinder {
  constructor(cfg, lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
    this.nonBackPreds = [];
    this.backPreds = [];
    this.number = new Map();
    this.maxSize = 0;
    this.header = null;
    this.types = null;
    this.last = null;
    this.nodes = null;
  }
  // w is an ancestor of v in the DFS tree when v's number lies in w's subtree range.
  isAncestor(w, v) { return w <= v && v <= this.last[w]; }
  doDFS(currentNode, current) {
    this.nodes[current].initNode(currentNode, current);
    this.number.set(currentNode, current);
    let lastId = current;
    const outer = currentNode.outEdges;
    for (let i = 0; i < outer.length; i++) {
      const target = outer[i];
      if (this.number.get(target) === UNVISITED) lastId = this.doDFS(target, lastId + 1);
    }
    this.last[current] = lastId;
    return lastId;
  }
  initAllNodes() {
    for (const bb of this.cfg.basicBlocks) this.number.set(bb, UNVISITED);
    this.doDFS(this.cfg.startBasicBlock, 0);
  }
  identifyEdges(size) {
    for (let w = 0; w < size; w++) {
      this.header[w] = 0;
      this.types[w] = BB_NONHEADER;
      const nodeW = this.nodes[w].bb;
      if (!nodeW) {
        this.types[w] = BB_DEAD;
      } else {
        this.processEdges(nodeW, w);
      }
    }
  }
  processEdges(nodeW, w) {
    if (nodeW.numPred > 0) {
      for (const nodeV of nodeW.inEdges) {
        const v = this.number.get(nodeV);
        if (v === UNVISITED) continue;
        if (this.isAncestor(w, v)) {
          this.backPreds[w].push(v);
        } else {
          this.nonBackPreds[w].add(v);
        }
      }
    }
  }
  findLoops() {
    if (!this.cfg.startBasicBlock) return;
    const size = this.cfg.numNodes;
    this.nonBackPreds.length = 0;
    this.backPreds.length = 0;
    this.number.clear();
    if (size > this.maxSize) {
      this.header = new Array(size);
      this.types = new Array(size);
      this.last = new Array(size);
      this.nodes = new Array(size);
      this.maxSize = size;
    }
    for (let i = 0; i < size; ++i) {
      this.nonBackPreds.push(new Set());
      this.backPreds.push([]);
      this.nodes[i] = new UnionFindNode();
    }
    this.initAllNodes();
    this.identifyEdges(size);
    this.header[0] = 0;
    // Walk the DFS tree bottom-up; each header collapses its loop body into itself.
    for (let w = size - 1; w >= 0; w--) {
      const nodePool = [];
      const nodeW = this.nodes[w].bb;
      if (!nodeW) continue;
      this.stepD(w, nodePool);
      const workList = nodePool.slice();
      if (nodePool.length !== 0) this.types[w] = BB_REDUCIBLE;
      while (workList.length > 0) {
        const x = workList.shift();
        const nonBackSize = this.nonBackPreds[x.dfsNumber].size;
        if (nonBackSize > MAX_NON_BACK_PREDS) return;
        this.stepEProcessNonBackPreds(w, nodePool, workList, x);
      }
      if (nodePool.length > 0 || this.types[w] === BB_SELF) {
        const loop = this.lsg.createNewLoop(nodeW, this.types[w] !== BB_IRREDUCIBLE);
        this.setLoopAttributes(w, nodePool, loop);
      }
    }
  }
  stepD(w, nodePool) {
    for (const v of this.backPreds[w]) {
      if (v !== w) {
        nodePool.push(this.nodes[v].findSet());
      } else {
        this.types[w] = BB_SELF;
      }
    }
  }
  stepEProcessNonBackPreds(w, nodePool, workList, x) {
    for (const iter of this.nonBackPreds[x.dfsNumber]) {
      const y = this.nodes[iter];
      const ydash = y.findSet();
      if (!this.isAncestor(w, ydash.dfsNumber)) {
        this.types[w] = BB_IRREDUCIBLE;
        this.nonBackPreds[w].add(ydash.dfsNumber);
      } else if (ydash.dfsNumber !== w && !nodePool.some((e) => e === ydash)) {
        workList.push(ydash);
        nodePool.push(ydash);
      }
    }
  }
  setLoopAttributes(w, nodePool, loop) {
    this.nodes[w].loop = loop;
    for (const node of nodePool) {
      this.header[node.dfsNumber] = w;
      node.union(this.nodes[w]);
      if (node.loop) {
        node.loop.setParent(loop);
      } else {
        loop.addNode(node.bb);
      }
    }
  }
  kindHistogram() {
    const counts = new Array(KIND_NAMES.length).fill(0);
    for (let i = 0; i < this.cfg.numNodes; i++) counts[this.types[i]]++;
    return KIND_NAMES.map((name, i) => `${name}=${counts[i]}`).filter((s) => !s.endsWith('=0')).join(' ');
  }
}

class LoopTesterApp {
  constructor() {
    this.cfg = new ControlFlowGraph();
    this.lsg = new LoopStructureGraph();
    this.cfg.createNode(0);
  }
  // 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3; returns the join block.
  buildDiamond(start) {
    const bb0 = start;
    new BasicBlockEdge(this.cfg, bb0, bb0 + 1);
    new BasicBlockEdge(this.cfg, bb0, bb0 + 2);
    new BasicBlockEdge(this.cfg, bb0 + 1, bb0 + 3);
    new BasicBlockEdge(this.cfg, bb0 + 2, bb0 + 3);
    return bb0 + 3;
  }
  buildConnect(start, end) { new BasicBlockEdge(this.cfg, start, end); }
  buildStraight(start, n) {
    for (let i = 0; i < n; i++) this.buildConnect(start + i, start + i + 1);
    return start + n;
  }
  // A loop containing two diamonds, each of which is itself a loop.
  buildBaseLoop(from) {
    const header = this.buildStraight(from, 1);
    const diamond1 = this.buildDiamond(header);
    const d11 = this.buildStraight(diamond1, 1);
    const diamond2 = this.buildDiamond(d11);
    const footer = this.buildStraight(diamond2, 1);
    this.buildConnect(diamond2, d11);
    this.buildConnect(diamond1, header);
    this.buildConnect(footer, from);
    return this.buildStraight(footer, 1);
  }
  constructSimpleCFG() {
    this.cfg.createNode(0);
    this.buildBaseLoop(0);
    this.cfg.createNode(1);
    new BasicBlockEdge(this.cfg, 0, 2);
  }
  addDummyLoops(numDummyLoops) {
    for (let i = 0; i < numDummyLoops; i++) this.findLoops(this.lsg);
  }
  constructCFG(parLoops, pparLoops, ppparLoops) {
    let n = 2;
    for (let parLoopTrees = 0; parLoopTrees < parLoops; parLoopTrees++) {
      this.cfg.createNode(n + 1);
      this.buildConnect(2, n + 1);
      n += 1;
      for (let i = 0; i < pparLoops; i++) {
        const top = n;
        n = this.buildStraight(n, 1);
        for (let j = 0; j < ppparLoops; j++) n = this.buildBaseLoop(n);
        const bottom = this.buildStraight(n, 1);
        this.buildConnect(n, top);
        n = bottom;
      }
      this.buildConnect(n, 1);
    }
  }
  findLoops(loopStructure) {
    const finder = new HavlakLoopFinder(this.cfg, loopStructure);
    finder.findLoops();
    return finder;
  }
  main(numDummyLoops, findLoopIterations, parLoops, pparLoops, ppparLoops) {
    this.constructSimpleCFG();
    this.addDummyLoops(numDummyLoops);
    this.constructCFG(parLoops, pparLoops, ppparLoops);
    this.findLoops(this.lsg);
    let extra = 0;
    for (let i = 0; i < findLoopIterations; i++) {
      const lsg = new LoopStructureGraph();
      this.findLoops(lsg);
      extra += lsg.numLoops;
    }
    this.lsg.calculateNestingLevel();
    return { numLoops: this.lsg.numLoops, numNodes: this.cfg.numNodes, extra };
  }
}

function loopStats(lsg) {
  const byNesting = new Map();
  const byDepth = new Map();
  let reducible = 0;
  let blocks = 0;
  let maxChildren = 0;
  let checksum = 0;
  for (const loop of lsg.loops) {
    byNesting.set(loop.nestingLevel, (byNesting.get(loop.nestingLevel) ?? 0) + 1);
    byDepth.set(loop.depthLevel, (byDepth.get(loop.depthLevel) ?? 0) + 1);
    if (loop.isReducible) reducible++;
    blocks += loop.size;
    maxChildren = Math.max(maxChildren, loop.children.size);
    const headerName = loop.header ? loop.header.name : -1;
    checksum = (checksum * 31 + headerName * 7 + loop.nestingLevel * 3 + loop.depthLevel + loop.size) % 1000000007;
  }
  const fmt = (m) => [...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(' ');
  return { byNesting: fmt(byNesting), byDepth: fmt(byDepth), reducible, blocks, maxChildren, checksum };
}

// The AWFY-shaped run, scaled down.
const app = new LoopTesterApp();
const result = app.main(12, 6, 4, 3, 3);
console.log(`loops: ${result.numLoops}, nodes: ${result.numNodes}, loops found by extra passes: ${result.extra}`);
const stats = loopStats(app.lsg);
console.log(`nesting levels: ${stats.byNesting}`);
console.log(`depth levels: ${stats.byDepth}`);
console.log(`reducible: ${stats.reducible}, blocks in loops: ${stats.blocks}, max children: ${stats.maxChildren}`);
console.log(`checksum: ${stats.checksum}`);
console.log(`root nesting ${app.lsg.root.nestingLevel}, root children ${app.lsg.root.children.size}, edges ${app.cfg.edgeList.length}`);

// A second, differently shaped graph for the parameters that matter most.
for (const [par, ppar, pppar] of [[1, 1, 1], [2, 4, 1], [4, 1, 4], [1, 2, 6]]) {
  const a = new LoopTesterApp();
  const r = a.main(0, 1, par, ppar, pppar);
  const s = loopStats(a.lsg);
  console.log(`main(0,1,${par},${ppar},${pppar}) -> loops ${r.numLoops}, nodes ${r.numNodes}, nesting ${s.byNesting}, checksum ${s.checksum}`);
}

// Small hand-built graphs: self loops, an irreducible region and unreachable blocks.
function handGraph(label, edges, extraNodes) {
  const cfg = new ControlFlowGraph();
  cfg.createNode(0);
  for (const [from, to] of edges) new BasicBlockEdge(cfg, from, to);
  for (const n of extraNodes ?? []) cfg.createNode(n);
  const lsg = new LoopStructureGraph();
  const finder = new HavlakLoopFinder(cfg, lsg);
  finder.findLoops();
  lsg.calculateNestingLevel();
  const loops = lsg.loops.slice(1).map((l) => {
    const members = [...l.basicBlocks].map((b) => b.name).sort((a, b) => a - b);
    return `${l.header}${l.isReducible ? '' : '!'}{${members.join(',')}}n${l.nestingLevel}d${l.depthLevel}`;
  });
  console.log(`${label}: ${loops.join(' ') || '(no loops)'} | ${finder.kindHistogram()}`);
}
handGraph('self', [[0, 1], [1, 1], [1, 2]]);
handGraph('nested', [[0, 1], [1, 2], [2, 3], [3, 2], [3, 4], [4, 1], [4, 5]]);
handGraph('irreducible', [[0, 1], [0, 2], [1, 2], [2, 1], [2, 3]]);
handGraph('dead', [[0, 1], [1, 0], [7, 8], [8, 7]]);
handGraph('straight', [[0, 1], [1, 2], [2, 3]]);
handGraph('two exits', [[0, 1], [1, 2], [2, 1], [2, 3], [1, 3], [3, 3], [3, 4]]);

// Union-find on its own: chains collapse onto one representative.
const ufs = [];
for (let i = 0; i < 50; i++) {
  const u = new UnionFindNode();
  u.initNode(null, i);
  ufs.push(u);
}
for (let i = 1; i < 50; i++) ufs[i].union(ufs[i - 1]);
const rep = ufs[49].findSet();
let pointingAtRoot = 0;
for (const u of ufs) if (u.parent === ufs[0]) pointingAtRoot++;
console.log(`union-find: representative ${rep.dfsNumber}, nodes pointing at it after compression ${pointingAtRoot}`);
