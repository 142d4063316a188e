// DeltaBlue: an incremental one-way dataflow constraint solver (after Freeman-Benson, Maloney and
// Borning's algorithm). Variables are tied by stay, edit, equality and scale constraints of different
// strengths; adding or removing one re-plans only what it touches. There are no prototypes in the
// subset, so each kind of constraint is a constructor function that attaches its family's functions
// as properties: the solver's calls (c.execute(), c.chooseMethod(...), ...) are polymorphic.
// Two classic workloads per iteration:
//  - chain: a chain of CHAIN equalities, driven by an edit at one end and checked at the other;
//  - projection: PROJECTION pairs dst = src * scale + offset, edited from either side and through
//    scale and offset.
// Self-check: every value the workloads read back is the one the constraints dictate.
var ITERATIONS = 6;
var CHAIN = 60;
var PROJECTION = 60;

// Strengths: a smaller number is stronger.
var REQUIRED = 0;
var STRONG_PREFERRED = 1;
var PREFERRED = 2;
var STRONG_DEFAULT = 3;
var NORMAL = 4;
var WEAK_DEFAULT = 5;
var WEAKEST = 6;

function stronger(a, b) { return a < b; }
function weaker(a, b) { return a > b; }
function weakestOf(a, b) { return a > b ? a : b; }

var NONE = 0;
var FORWARD = 1;
var BACKWARD = 2;

var planner = null;
var failures = 0;

// ---- variables

function Variable(name, value) {
  this.name = name;
  this.value = value;
  this.constraints = [];
  this.determinedBy = null;
  this.mark = 0;
  this.walkStrength = WEAKEST;
  this.stay = true;
}

function removeConstraint(v, c) {
  var kept = [];
  for (var i = 0; i < v.constraints.length; i++) {
    if (v.constraints[i] !== c) kept.push(v.constraints[i]);
  }
  v.constraints = kept;
  if (v.determinedBy === c) v.determinedBy = null;
}

// ---- what every constraint does, whatever its kind

function initConstraint(c, strength) {
  c.strength = strength;
  c.satisfy = constraintSatisfy;
  c.destroy = constraintDestroy;
}

function addConstraint(c) {
  c.addToGraph();
  incrementalAdd(c);
}

// Satisfies c if it can, choosing its method; returns the constraint it overrode, or null.
function constraintSatisfy(mark) {
  this.chooseMethod(mark);
  if (!this.isSatisfied()) {
    if (this.strength === REQUIRED) failures++;
    return null;
  }
  this.markInputs(mark);
  var out = this.output();
  var overridden = out.determinedBy;
  if (overridden !== null) overridden.markUnsatisfied();
  out.determinedBy = this;
  if (!addPropagate(this, mark)) failures++;
  out.mark = mark;
  return overridden;
}

function constraintDestroy() {
  if (this.isSatisfied()) incrementalRemove(this);
  else this.removeFromGraph();
}

function yes() { return true; }
function no() { return false; }
function nothing() {}

// ---- unary constraints: stay and edit

function initUnary(c, v, strength) {
  initConstraint(c, strength);
  c.myOutput = v;
  c.satisfied = false;
  c.addToGraph = unaryAddToGraph;
  c.chooseMethod = unaryChooseMethod;
  c.isSatisfied = unaryIsSatisfied;
  c.markInputs = nothing;
  c.output = unaryOutput;
  c.recalculate = unaryRecalculate;
  c.markUnsatisfied = unaryMarkUnsatisfied;
  c.inputsKnown = yes;
  c.removeFromGraph = unaryRemoveFromGraph;
}

function unaryAddToGraph() {
  this.myOutput.constraints.push(this);
  this.satisfied = false;
}
function unaryChooseMethod(mark) {
  this.satisfied = this.myOutput.mark !== mark && stronger(this.strength, this.myOutput.walkStrength);
}
function unaryIsSatisfied() { return this.satisfied; }
function unaryOutput() { return this.myOutput; }
function unaryRecalculate() {
  this.myOutput.walkStrength = this.strength;
  this.myOutput.stay = !this.isInput();
  if (this.myOutput.stay) this.execute();
}
function unaryMarkUnsatisfied() { this.satisfied = false; }
function unaryRemoveFromGraph() {
  if (this.myOutput !== null) removeConstraint(this.myOutput, this);
  this.satisfied = false;
}

// A stay keeps its variable's value (a planner may rely on it not changing).
function StayConstraint(v, strength) {
  initUnary(this, v, strength);
  this.isInput = no;
  this.execute = nothing;
  addConstraint(this);
}

// An edit marks its variable as set from outside (the source of a plan).
function EditConstraint(v, strength) {
  initUnary(this, v, strength);
  this.isInput = yes;
  this.execute = nothing;
  addConstraint(this);
}

// ---- binary constraints: equality and scale

function initBinary(c, v1, v2, strength) {
  initConstraint(c, strength);
  c.v1 = v1;
  c.v2 = v2;
  c.direction = NONE;
  c.addToGraph = binaryAddToGraph;
  c.chooseMethod = binaryChooseMethod;
  c.isSatisfied = binaryIsSatisfied;
  c.markInputs = binaryMarkInputs;
  c.input = binaryInput;
  c.output = binaryOutput;
  c.recalculate = binaryRecalculate;
  c.markUnsatisfied = binaryMarkUnsatisfied;
  c.inputsKnown = binaryInputsKnown;
  c.removeFromGraph = binaryRemoveFromGraph;
  c.isInput = no;
}

function binaryAddToGraph() {
  this.v1.constraints.push(this);
  this.v2.constraints.push(this);
  this.direction = NONE;
}

// Picks the direction that writes the weaker variable, unless one end is already fixed in this pass.
function binaryChooseMethod(mark) {
  if (this.v1.mark === mark) {
    this.direction = this.v2.mark !== mark && stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
  } else if (this.v2.mark === mark) {
    this.direction = this.v1.mark !== mark && stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
  } else if (weaker(this.v1.walkStrength, this.v2.walkStrength)) {
    this.direction = stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
  } else {
    this.direction = stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
  }
}

function binaryIsSatisfied() { return this.direction !== NONE; }
function binaryMarkInputs(mark) { this.input().mark = mark; }
function binaryInput() { return this.direction === FORWARD ? this.v1 : this.v2; }
function binaryOutput() { return this.direction === FORWARD ? this.v2 : this.v1; }
function binaryRecalculate() {
  var ihn = this.input();
  var out = this.output();
  out.walkStrength = weakestOf(this.strength, ihn.walkStrength);
  out.stay = ihn.stay;
  if (out.stay) this.execute();
}
function binaryMarkUnsatisfied() { this.direction = NONE; }
function binaryInputsKnown(mark) {
  var i = this.input();
  return i.mark === mark || i.stay || i.determinedBy === null;
}
function binaryRemoveFromGraph() {
  if (this.v1 !== null) removeConstraint(this.v1, this);
  if (this.v2 !== null) removeConstraint(this.v2, this);
  this.direction = NONE;
}

// v2 = v1, or v1 = v2.
function EqualityConstraint(v1, v2, strength) {
  initBinary(this, v1, v2, strength);
  this.execute = equalityExecute;
  addConstraint(this);
}
function equalityExecute() { this.output().value = this.input().value; }

// v2 = v1 * scale + offset, or v1 = (v2 - offset) / scale; scale and offset are read-only inputs.
function ScaleConstraint(src, scale, offset, dest, strength) {
  initBinary(this, src, dest, strength);
  this.scale = scale;
  this.offset = offset;
  this.addToGraph = scaleAddToGraph;
  this.removeFromGraph = scaleRemoveFromGraph;
  this.markInputs = scaleMarkInputs;
  this.recalculate = scaleRecalculate;
  this.execute = scaleExecute;
  addConstraint(this);
}
function scaleAddToGraph() {
  this.v1.constraints.push(this);
  this.v2.constraints.push(this);
  this.scale.constraints.push(this);
  this.offset.constraints.push(this);
  this.direction = NONE;
}
function scaleRemoveFromGraph() {
  if (this.v1 !== null) removeConstraint(this.v1, this);
  if (this.v2 !== null) removeConstraint(this.v2, this);
  if (this.scale !== null) removeConstraint(this.scale, this);
  if (this.offset !== null) removeConstraint(this.offset, this);
  this.direction = NONE;
}
function scaleMarkInputs(mark) {
  this.input().mark = mark;
  this.scale.mark = mark;
  this.offset.mark = mark;
}
function scaleRecalculate() {
  var ihn = this.input();
  var out = this.output();
  out.walkStrength = weakestOf(this.strength, ihn.walkStrength);
  out.stay = ihn.stay && this.scale.stay && this.offset.stay;
  if (out.stay) this.execute();
}
function scaleExecute() {
  if (this.direction === FORWARD) {
    this.v2.value = this.v1.value * this.scale.value + this.offset.value;
  } else {
    this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
  }
}

// ---- the planner

function Planner() {
  this.currentMark = 0;
}

function newMark() {
  planner.currentMark++;
  return planner.currentMark;
}

// Satisfies c, then whatever it overrode, and so on down the chain of overridden constraints.
function incrementalAdd(c) {
  var mark = newMark();
  var overridden = c.satisfy(mark);
  while (overridden !== null) overridden = overridden.satisfy(mark);
}

// Removes c; then tries the constraints it left unsatisfied, strongest first.
function incrementalRemove(c) {
  var out = c.output();
  c.markUnsatisfied();
  c.removeFromGraph();
  var unsatisfied = removePropagateFrom(out);
  for (var strength = REQUIRED; strength < WEAKEST; strength++) {
    for (var i = 0; i < unsatisfied.length; i++) {
      var u = unsatisfied[i];
      if (u.strength === strength) incrementalAdd(u);
    }
  }
}

// Pushes walk strengths and stay flags downstream of c; false when that finds a cycle back to mark.
function addPropagate(c, mark) {
  var todo = [c];
  for (var head = 0; head < todo.length; head++) {
    var d = todo[head];
    if (d.output().mark === mark) {
      incrementalRemove(c);
      return false;
    }
    d.recalculate();
    addConstraintsConsumingTo(d.output(), todo);
  }
  return true;
}

function removePropagateFrom(out) {
  out.determinedBy = null;
  out.walkStrength = WEAKEST;
  out.stay = true;
  var unsatisfied = [];
  var todo = [out];
  for (var head = 0; head < todo.length; head++) {
    var v = todo[head];
    var cs = v.constraints;
    for (var i = 0; i < cs.length; i++) {
      if (!cs[i].isSatisfied()) unsatisfied.push(cs[i]);
    }
    var determining = v.determinedBy;
    for (var j = 0; j < cs.length; j++) {
      var next = cs[j];
      if (next !== determining && next.isSatisfied()) {
        next.recalculate();
        todo.push(next.output());
      }
    }
  }
  return unsatisfied;
}

function addConstraintsConsumingTo(v, todo) {
  var determining = v.determinedBy;
  var cs = v.constraints;
  for (var i = 0; i < cs.length; i++) {
    var c = cs[i];
    if (c !== determining && c.isSatisfied()) todo.push(c);
  }
}

// The constraints to execute, in order, to propagate the inputs' values through the satisfied graph.
function makePlan(sources) {
  var mark = newMark();
  var plan = [];
  var todo = sources;
  for (var head = 0; head < todo.length; head++) {
    var c = todo[head];
    var out = c.output();
    if (out.mark !== mark && c.inputsKnown(mark)) {
      plan.push(c);
      out.mark = mark;
      addConstraintsConsumingTo(out, todo);
    }
  }
  return plan;
}

function extractPlan(constraints) {
  var sources = [];
  for (var i = 0; i < constraints.length; i++) {
    var c = constraints[i];
    if (c.isInput() && c.isSatisfied()) sources.push(c);
  }
  return makePlan(sources);
}

function executePlan(plan) {
  for (var i = 0; i < plan.length; i++) plan[i].execute();
}

// ---- the workloads

function chainTest(n) {
  planner = new Planner();
  var prev = null, first = null, last = null;
  for (var i = 0; i <= n; i++) {
    var v = new Variable("v" + i, 0);
    if (prev !== null) new EqualityConstraint(prev, v, REQUIRED);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, STRONG_DEFAULT);
  var edit = new EditConstraint(first, PREFERRED);
  var plan = extractPlan([edit]);
  var sum = 0;
  for (var k = 0; k < 100; k++) {
    first.value = k;
    executePlan(plan);
    if (last.value !== k) failures++;
    sum += last.value;
  }
  edit.destroy();
  return sum;
}

function change(v, value) {
  var edit = new EditConstraint(v, PREFERRED);
  var plan = extractPlan([edit]);
  for (var i = 0; i < 10; i++) {
    v.value = value;
    executePlan(plan);
  }
  edit.destroy();
}

function projectionTest(n) {
  planner = new Planner();
  var scale = new Variable("scale", 10);
  var offset = new Variable("offset", 1000);
  var src = null, dst = null;
  var dests = [];
  for (var i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.push(dst);
    new StayConstraint(src, NORMAL);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED);
  }
  change(src, 17);
  if (dst.value !== 1170) failures++;
  change(dst, 1050);
  if (src.value !== 5) failures++;
  change(scale, 5);
  for (var j = 0; j < n - 1; j++) if (dests[j].value !== j * 5 + 1000) failures++;
  change(offset, 2000);
  for (var k = 0; k < n - 1; k++) if (dests[k].value !== k * 5 + 2000) failures++;
  var sum = 0;
  for (var m = 0; m < n; m++) sum += dests[m].value;
  return sum;
}

var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = chainTest(CHAIN) + projectionTest(PROJECTION);
}
console.log("deltablue", result, failures, failures === 0 ? "ok" : "WRONG");
