// A tiny expression language: tokenizer (switch on characters), recursive-descent parser
// producing AST classes, an evaluator with polymorphic eval(), and errors reported as
// exceptions that the driver catches.
class ParseError extends Error {
  constructor(msg, pos) {
    super(msg + ' at ' + pos);
    this.name = 'ParseError';
    this.pos = pos;
  }
}
class EvalError2 extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'EvalError2';
  }
}

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    switch (c) {
      case ' ':
      case '\t':
        i++;
        continue;
      case '+': case '-': case '*': case '/': case '%': case '(': case ')': case ',': case '^':
        tokens.push({ type: 'op', value: c, pos: i });
        i++;
        continue;
      default:
        if (c >= '0' && c <= '9') {
          let j = i;
          while (j < src.length && ((src[j] >= '0' && src[j] <= '9') || src[j] === '.')) j++;
          tokens.push({ type: 'num', value: parseFloat(src.slice(i, j)), pos: i });
          i = j;
        } else if ((c >= 'a' && c <= 'z') || c === '_') {
          let j = i;
          while (j < src.length && ((src[j] >= 'a' && src[j] <= 'z') || src[j] === '_' || (src[j] >= '0' && src[j] <= '9'))) j++;
          tokens.push({ type: 'name', value: src.slice(i, j), pos: i });
          i = j;
        } else {
          throw new ParseError('unexpected character ' + JSON.stringify(c), i);
        }
    }
  }
  tokens.push({ type: 'eof', value: null, pos: src.length });
  return tokens;
}

class Num {
  constructor(v) { this.v = v; }
  eval() { return this.v; }
  show() { return String(this.v); }
}
class Var {
  constructor(name) { this.name = name; }
  eval(env) {
    if (!env.has(this.name)) throw new EvalError2('unknown variable ' + this.name);
    return env.get(this.name);
  }
  show() { return this.name; }
}
class BinOp {
  constructor(op, l, r) { this.op = op; this.l = l; this.r = r; }
  eval(env) {
    const a = this.l.eval(env), b = this.r.eval(env);
    switch (this.op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/':
        if (b === 0) throw new EvalError2('division by zero');
        return a / b;
      case '%': return a % b;
      case '^': return a ** b;
    }
    throw new EvalError2('bad operator ' + this.op);
  }
  show() { return '(' + this.l.show() + ' ' + this.op + ' ' + this.r.show() + ')'; }
}
class Neg {
  constructor(e) { this.e = e; }
  eval(env) { return -this.e.eval(env); }
  show() { return '-' + this.e.show(); }
}
class Call {
  constructor(name, args) { this.name = name; this.args = args; }
  eval(env) {
    const fns = {
      max: (...xs) => Math.max(...xs),
      min: (...xs) => Math.min(...xs),
      abs: (x) => Math.abs(x),
      sqrt: (x) => Math.sqrt(x),
      sum: (...xs) => xs.reduce((a, b) => a + b, 0)
    };
    const f = fns[this.name];
    if (f === undefined) throw new EvalError2('unknown function ' + this.name);
    return f(...this.args.map((a) => a.eval(env)));
  }
  show() { return this.name + '(' + this.args.map((a) => a.show()).join(', ') + ')'; }
}

class Parser {
  constructor(tokens) {
    this.tokens = tokens;
    this.i = 0;
  }
  peek() { return this.tokens[this.i]; }
  next() { return this.tokens[this.i++]; }
  expect(value) {
    const t = this.next();
    if (t.value !== value) throw new ParseError('expected ' + value + ' but found ' + (t.value === null ? 'end' : t.value), t.pos);
    return t;
  }
  parse() {
    const e = this.expr();
    const t = this.peek();
    if (t.type !== 'eof') throw new ParseError('unexpected ' + t.value, t.pos);
    return e;
  }
  expr() {
    let left = this.term();
    while (this.peek().value === '+' || this.peek().value === '-') {
      const op = this.next().value;
      left = new BinOp(op, left, this.term());
    }
    return left;
  }
  term() {
    let left = this.unary();
    while (this.peek().value === '*' || this.peek().value === '/' || this.peek().value === '%') {
      const op = this.next().value;
      left = new BinOp(op, left, this.unary());
    }
    return left;
  }
  unary() {
    if (this.peek().value === '-') {
      this.next();
      return new Neg(this.unary());
    }
    return this.power();
  }
  power() {
    const base = this.atom();
    if (this.peek().value === '^') {
      this.next();
      return new BinOp('^', base, this.unary());
    }
    return base;
  }
  atom() {
    const t = this.next();
    if (t.type === 'num') return new Num(t.value);
    if (t.type === 'name') {
      if (this.peek().value === '(') {
        this.next();
        const args = [];
        if (this.peek().value !== ')') {
          args.push(this.expr());
          while (this.peek().value === ',') {
            this.next();
            args.push(this.expr());
          }
        }
        this.expect(')');
        return new Call(t.value, args);
      }
      return new Var(t.value);
    }
    if (t.value === '(') {
      const e = this.expr();
      this.expect(')');
      return e;
    }
    throw new ParseError('unexpected ' + (t.value === null ? 'end of input' : t.value), t.pos);
  }
}

function run(src, env) {
  try {
    const ast = new Parser(tokenize(src)).parse();
    return ast.show() + ' = ' + ast.eval(env);
  } catch (e) {
    if (e instanceof ParseError || e instanceof EvalError2) return e.name + ': ' + e.message;
    throw e;
  }
}

const env = new Map([['x', 3], ['y', 4], ['big', 1e6]]);
const programs = [
  '1 + 2 * 3',
  '(1 + 2) * 3',
  '-x ^ 2',
  '2 ^ 3 ^ 2',
  'sqrt(x * x + y * y)',
  'max(1, x, y, 2) - min(5, y)',
  'sum(1, 2, 3, 4) % 3',
  'big / 7',
  '10 / (y - 4)',
  'z + 1',
  'foo(1)',
  '1 +',
  '(1 + 2',
  '3 $ 4',
  'abs(-7.5) * 2',
  'sum()',
  '1 2'
];
for (const p of programs) {
  const shown = JSON.stringify(p);
  console.log(shown + ' '.repeat(32 - shown.length), run(p, env));
}

// Evaluate one parsed expression many times with changing variables.
const ast = new Parser(tokenize('x * x - 3 * x + y % 7 + max(x, y)')).parse();
let acc = 0;
for (let i = 0; i < 2000; i++) {
  env.set('x', i % 50);
  env.set('y', i);
  acc += ast.eval(env);
}
console.log('accumulated', acc);
