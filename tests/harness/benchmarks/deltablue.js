// DeltaBlue-lite: a one-way constraint solver with strengths. Variables are connected by equality and
// scale constraints; an edit constraint on one end is propagated along a plan computed from strengths.
const { Benchmark, Vector } = require('./common');

class Strength {
  static REQUIRED = new Strength(0, 'required');
  static STRONG = new Strength(1, 'strong');
  static NORMAL = new Strength(2, 'normal');
  static WEAK = new Strength(3, 'weak');
  constructor(value, name) { this.value = value; this.name = name; }
  static stronger(a, b) { return a.value < b.value; }
  static weakest(a, b) { return a.value > b.value ? a : b; }
}

class Variable {
  value; constraints = []; determinedBy = null; walkStrength = Strength.WEAK; mark = 0;
  constructor(name, value = 0) { this.name = name; this.value = value; }
}

class Constraint {
  constructor(strength) { this.strength = strength; }
  isSatisfied() { return this.output !== null; }
}

class BinaryConstraint extends Constraint {
  output = null;
  constructor(a, b, strength) {
    super(strength);
    this.v1 = a;
    this.v2 = b;
    a.constraints.push(this);
    b.constraints.push(this);
  }
  inputFor(out) { return out === this.v1 ? this.v2 : this.v1; }
  // Choose a direction: write the variable that is weaker (not determined by a stronger constraint).
  chooseOutput(mark) {
    const candidates = [this.v2, this.v1].filter(v => v.mark !== mark && Strength.stronger(this.strength, v.walkStrength));
    this.output = candidates.length ? candidates[0] : null;
    return this.output;
  }
}

class EqualityConstraint extends BinaryConstraint {
  execute() { this.output.value = this.inputFor(this.output).value; }
}

class ScaleConstraint extends BinaryConstraint {
  constructor(src, dest, scale, offset, strength) { super(src, dest, strength); Object.assign(this, { scale, offset }); }
  execute() {
    if (this.output === this.v2) this.v2.value = this.v1.value * this.scale + this.offset;
    else this.v1.value = (this.v2.value - this.offset) / this.scale;
  }
}

class EditConstraint extends Constraint {
  constructor(v, strength) { super(strength); this.output = v; v.constraints.push(this); }
  execute() {}
}

class Planner {
  static currentMark = 0;
  // Breadth-first from the edited variable: each constraint reached fixes the direction away from it.
  makePlan(edit) {
    const mark = ++Planner.currentMark;
    Planner.resetReachable(edit.output);
    const plan = new Vector();
    const todo = Vector.with(edit.output);
    edit.output.mark = mark;
    edit.output.walkStrength = edit.strength;
    while (!todo.isEmpty()) {
      const v = todo.removeFirst();
      for (const c of v.constraints) {
        if (c === edit || !(c instanceof BinaryConstraint)) continue;
        const other = c.inputFor(v);
        if (other.mark === mark) continue;
        if (c.chooseOutput(mark) === other) {
          other.mark = mark;
          other.walkStrength = Strength.weakest(c.strength, v.walkStrength);
          plan.append(c);
          todo.append(other);
        }
      }
    }
    return plan;
  }
  // Every variable connected to the start is free again (weakest) before a new plan is made.
  static resetReachable(start) {
    const seen = new Set([start]);
    const todo = [start];
    while (todo.length > 0) {
      const v = todo.pop();
      v.walkStrength = Strength.WEAK;
      for (const c of v.constraints) {
        if (!(c instanceof BinaryConstraint)) continue;
        const other = c.inputFor(v);
        if (!seen.has(other)) { seen.add(other); todo.push(other); }
      }
    }
  }
  static run(plan) { plan.forEach(c => c.execute()); }
}

class DeltaBlue extends Benchmark {
  static CHAIN = 40;
  benchmark() { return [this.chainTest(DeltaBlue.CHAIN), this.projectionTest(DeltaBlue.CHAIN)]; }
  verifyResult([chain, projection]) { return chain === true && projection === true; }
  chainTest(n) {
    const vars = Array.from({ length: n + 1 }, (_, i) => new Variable('v' + i));
    for (let i = 0; i < n; i++) new EqualityConstraint(vars[i], vars[i + 1], Strength.REQUIRED);
    const edit = new EditConstraint(vars[0], Strength.STRONG);
    const plan = new Planner().makePlan(edit);
    for (let i = 0; i < 20; i++) {
      vars[0].value = i;
      Planner.run(plan);
      if (vars[n].value !== i) return false;
    }
    return plan.size() === n;
  }
  projectionTest(n) {
    const scale = new Variable('scale', 10), offset = new Variable('offset', 1000);
    const src = [], dst = [];
    let first = null;
    for (let i = 0; i < n; i++) {
      src.push(new Variable('src' + i, i));
      dst.push(new Variable('dst' + i, i));
      new ScaleConstraint(src[i], dst[i], scale.value, offset.value, Strength.REQUIRED);
      if (i > 0) new EqualityConstraint(src[i - 1], src[i], Strength.NORMAL);
    }
    first = src[0];
    const plan = new Planner().makePlan(new EditConstraint(first, Strength.STRONG));
    first.value = 17;
    Planner.run(plan);
    if (dst[n - 1].value !== 1170) return false;
    const back = new Planner().makePlan(new EditConstraint(dst[0], Strength.STRONG));
    dst[0].value = 2000;
    Planner.run(back);
    return src[0].value === 100 && src[n - 1].value === 100 && dst[n - 1].value === 2000;
  }
}

module.exports = { DeltaBlue, Strength, Variable, Planner };
