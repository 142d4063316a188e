// A DeltaBlue-style incremental constraint solver. Variables are connected by
// constraints of different strengths; adding or removing a constraint re-plans
// incrementally (walkabout strengths), and plans are extracted and executed.
// Runs a chain test and a projection test and prints what it computed.

class Strength {
  constructor(value, name) {
    this.value = value;
    this.name = name;
  }
  static stronger(a, b) {
    return a.value < b.value;
  }
  static weaker(a, b) {
    return a.value > b.value;
  }
  static weakest(a, b) {
    return Strength.weaker(a, b) ? a : b;
  }
  nextWeaker() {
    return STRENGTHS[this.value + 1];
  }
  toString() {
    return this.name;
  }
}
const STRENGTHS = ['required', 'strongPreferred', 'preferred', 'strongDefault', 'normal', 'weakDefault', 'weakest']
  .map((n, i) => new Strength(i, n));
const REQUIRED = STRENGTHS[0];
const STRONG_PREFERRED = STRENGTHS[1];
const PREFERRED = STRENGTHS[2];
const STRONG_DEFAULT = STRENGTHS[3];
const NORMAL = STRENGTHS[4];
const WEAK_DEFAULT = STRENGTHS[5];
const WEAKEST = STRENGTHS[6];

let planner = null;

class Variable {
  constructor(name, value = 0) {
    this.name = name;
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
  }
  addConstraint(c) {
    this.constraints.push(c);
  }
  removeConstraint(c) {
    this.constraints = this.constraints.filter((x) => x !== c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Constraint {
  constructor(strength) {
    this.strength = strength;
  }
  addConstraint() {
    this.addToGraph();
    planner.incrementalAdd(this);
  }
  // Try to satisfy this constraint; return the constraint it overrides, if any.
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error('Could not satisfy a required constraint');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) throw new Error('Cycle encountered');
    out.mark = mark;
    return overridden;
  }
  destroyConstraint() {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    else this.removeFromGraph();
  }
  isInput() {
    return false;
  }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength) {
    super(strength);
    this.myOutput = v;
    this.satisfied = false;
  }
  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }
  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark && Strength.stronger(this.strength, this.myOutput.walkStrength);
  }
  isSatisfied() {
    return this.satisfied;
  }
  markInputs(mark) {}
  output() {
    return this.myOutput;
  }
  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }
  markUnsatisfied() {
    this.satisfied = false;
  }
  inputsKnown() {
    return true;
  }
  removeFromGraph() {
    if (this.myOutput !== null) this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

class StayConstraint extends UnaryConstraint {
  constructor(v, strength) {
    super(v, strength);
    this.addConstraint();
  }
  execute() {}
}

class EditConstraint extends UnaryConstraint {
  constructor(v, strength) {
    super(v, strength);
    this.addConstraint();
  }
  isInput() {
    return true;
  }
  execute() {}
}

const NONE = 0, FORWARD = 1, BACKWARD = 2;

class BinaryConstraint extends Constraint {
  constructor(v1, v2, strength) {
    super(strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = NONE;
  }
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = this.v2.mark !== mark && Strength.stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
      return;
    }
    if (this.v2.mark === mark) {
      this.direction = this.v1.mark !== mark && Strength.stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
      return;
    }
    if (Strength.weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = Strength.stronger(this.strength, this.v2.walkStrength) ? FORWARD : BACKWARD;
    }
  }
  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }
  isSatisfied() {
    return this.direction !== NONE;
  }
  markInputs(mark) {
    this.input().mark = mark;
  }
  input() {
    return this.direction === FORWARD ? this.v1 : this.v2;
  }
  output() {
    return this.direction === FORWARD ? this.v2 : this.v1;
  }
  recalculate() {
    const ihn = this.input(), out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }
  markUnsatisfied() {
    this.direction = NONE;
  }
  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }
  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = NONE;
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(v1, v2, strength) {
    super(v1, v2, strength);
    this.addConstraint();
  }
  execute() {
    this.output().value = this.input().value;
  }
}

// dest = src * scale + offset, solvable in both directions
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint();
  }
  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }
  removeFromGraph() {
    super.removeFromGraph();
    if (this.scale !== null) this.scale.removeConstraint(this);
    if (this.offset !== null) this.offset.removeConstraint(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = this.offset.mark = mark;
  }
  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }
  recalculate() {
    const ihn = this.input(), out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class Plan {
  constructor() {
    this.steps = [];
  }
  add(c) {
    this.steps.push(c);
  }
  size() {
    return this.steps.length;
  }
  execute() {
    for (const c of this.steps) c.execute();
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
    this.adds = 0;
    this.removes = 0;
  }
  newMark() {
    return ++this.currentMark;
  }
  incrementalAdd(c) {
    this.adds++;
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }
  incrementalRemove(c) {
    this.removes++;
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    let strength = REQUIRED;
    do {
      for (const u of unsatisfied) if (u.strength === strength) this.incrementalAdd(u);
      strength = strength.nextWeaker();
    } while (strength !== WEAKEST);
  }
  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources.slice();
    let head = 0;
    while (head < todo.length) {
      const c = todo[head++];
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }
  extractPlanFromConstraints(constraints) {
    return this.makePlan(constraints.filter((c) => c.isInput() && c.isSatisfied()));
  }
  addPropagate(c, mark) {
    const todo = [c];
    let head = 0;
    while (head < todo.length) {
      const d = todo[head++];
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }
  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    let head = 0;
    while (head < todo.length) {
      const v = todo[head++];
      for (const c of v.constraints) if (!c.isSatisfied()) unsatisfied.push(c);
      const determining = v.determinedBy;
      for (const next of v.constraints) {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }
  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    for (const c of v.constraints) if (c !== determining && c.isSatisfied()) coll.push(c);
  }
}

function chainTest(n) {
  planner = new Planner();
  let prev = null, first = null, last = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable('v' + i);
    if (prev !== null) new EqualityConstraint(prev, v, REQUIRED);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, STRONG_DEFAULT);
  const edit = new EditConstraint(first, PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  let failures = 0;
  let checksum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) failures++;
    checksum += last.value;
  }
  edit.destroyConstraint();
  console.log('chain', n, 'plan size', plan.size(), 'failures', failures, 'checksum', checksum,
    'last', last.value, 'determinedBy', last.determinedBy.constructor.name, 'marks', planner.currentMark);
}

function change(v, newValue) {
  const edit = new EditConstraint(v, PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
  return plan.size();
}

function projectionTest(n) {
  planner = new Planner();
  const scale = new Variable('scale', 10);
  const offset = new Variable('offset', 1000);
  let src = null, dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = new Variable('src' + i, i);
    dst = new Variable('dst' + i, i);
    dests.push(dst);
    new StayConstraint(src, NORMAL);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED);
  }
  const results = [];
  results.push(change(src, 17), dst.value);
  results.push(change(dst, 1050), src.value);
  results.push(change(scale, 5));
  let bad = 0;
  for (let i = 0; i < n - 1; i++) if (dests[i].value !== i * 5 + 1000) bad++;
  results.push(bad);
  results.push(change(offset, 2000));
  for (let i = 0; i < n - 1; i++) if (dests[i].value !== i * 5 + 2000) bad++;
  results.push(bad, dests[0].value, dests[n - 2].value);
  console.log('projection', n, results, 'adds', planner.adds, 'removes', planner.removes);
}

chainTest(10);
chainTest(100);
projectionTest(10);
projectionTest(100);

// A required constraint that cannot be satisfied is reported with an exception.
planner = new Planner();
const a = new Variable('a', 1);
const b = new Variable('b', 2);
new StayConstraint(a, REQUIRED);
new StayConstraint(b, REQUIRED);
try {
  new EqualityConstraint(a, b, REQUIRED);
  console.log('no conflict?');
} catch (e) {
  console.log('conflict:', e.message);
}
console.log(String(REQUIRED), String(WEAKEST), Strength.stronger(REQUIRED, WEAK_DEFAULT), STRONG_PREFERRED.nextWeaker().name);
// Weaker constraints give way to stronger ones.
planner = new Planner();
const x = new Variable('x', 5);
const y = new Variable('y', 7);
new StayConstraint(x, WEAK_DEFAULT);
new StayConstraint(y, STRONG_DEFAULT);
const eq = new EqualityConstraint(x, y, PREFERRED);
console.log('x follows y', x.value, y.value, eq.direction === BACKWARD);
change(x, 42);
console.log('after editing x', x.value, y.value);
eq.destroyConstraint();
change(x, 1);
console.log('after removing equality', x.value, y.value);
