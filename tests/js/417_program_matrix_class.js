// A Matrix class with static constructors, getters, operator methods, Gaussian
// elimination (determinant, inverse, solve) and errors for invalid operations.
class Matrix {
  constructor(rows, cols, fill = 0) {
    if (rows <= 0 || cols <= 0) throw new RangeError(`bad shape ${rows}x${cols}`);
    this.rows = rows;
    this.cols = cols;
    this.data = new Array(rows * cols).fill(fill);
  }
  static identity(n) {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.set(i, i, 1);
    return m;
  }
  static from(arrays) {
    const m = new Matrix(arrays.length, arrays[0].length);
    arrays.forEach((row, i) => row.forEach((v, j) => m.set(i, j, v)));
    return m;
  }
  get(i, j) {
    return this.data[i * this.cols + j];
  }
  set(i, j, v) {
    this.data[i * this.cols + j] = v;
    return this;
  }
  get isSquare() {
    return this.rows === this.cols;
  }
  get shape() {
    return this.rows + 'x' + this.cols;
  }
  map(fn) {
    const m = new Matrix(this.rows, this.cols);
    m.data = this.data.map((v, k) => fn(v, Math.floor(k / this.cols), k % this.cols));
    return m;
  }
  add(other) {
    if (this.shape !== other.shape) throw new TypeError(`cannot add ${this.shape} and ${other.shape}`);
    return this.map((v, i, j) => v + other.get(i, j));
  }
  mul(other) {
    if (typeof other === 'number') return this.map((v) => v * other);
    if (this.cols !== other.rows) throw new TypeError(`cannot multiply ${this.shape} by ${other.shape}`);
    const m = new Matrix(this.rows, other.cols);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < other.cols; j++) {
        let s = 0;
        for (let k = 0; k < this.cols; k++) s += this.get(i, k) * other.get(k, j);
        m.set(i, j, s);
      }
    }
    return m;
  }
  transpose() {
    const m = new Matrix(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) m.set(j, i, this.get(i, j));
    return m;
  }
  toArrays() {
    const out = [];
    for (let i = 0; i < this.rows; i++) out.push(this.data.slice(i * this.cols, (i + 1) * this.cols));
    return out;
  }
  toString() {
    return this.toArrays().map((r) => r.map((v) => String(Math.round(v * 1000) / 1000).padStart(8)).join('')).join('\n');
  }
  // Row-reduce [this | rhs]; returns { det, solution } with partial pivoting.
  eliminate(rhs) {
    if (!this.isSquare) throw new TypeError('not square: ' + this.shape);
    const n = this.rows;
    const a = this.toArrays();
    const b = rhs ? rhs.toArrays() : [];
    let det = 1;
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
      if (Math.abs(a[pivot][col]) < 1e-12) return { det: 0, solution: null };
      if (pivot !== col) {
        let t = a[pivot];
        a[pivot] = a[col];
        a[col] = t;
        if (rhs) {
          t = b[pivot];
          b[pivot] = b[col];
          b[col] = t;
        }
        det = -det;
      }
      const p = a[col][col];
      det *= p;
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const f = a[r][col] / p;
        if (f === 0) continue;
        for (let c = col; c < n; c++) a[r][c] -= f * a[col][c];
        if (rhs) for (let c = 0; c < b[r].length; c++) b[r][c] -= f * b[col][c];
      }
    }
    if (!rhs) return { det: det, solution: null };
    for (let r = 0; r < n; r++) for (let c = 0; c < b[r].length; c++) b[r][c] /= a[r][r];
    return { det: det, solution: Matrix.from(b) };
  }
  determinant() {
    return this.eliminate(null).det;
  }
  inverse() {
    const r = this.eliminate(Matrix.identity(this.rows));
    if (r.solution === null) throw new RangeError('matrix is singular');
    return r.solution;
  }
}
const A = Matrix.from([[2, 1, 1], [1, 3, 2], [1, 0, 0]]);
const B = Matrix.from([[1, 2], [3, 4], [5, 6]]);
console.log(A.shape, B.shape, A.isSquare, B.isSquare);
console.log(A.mul(B).toArrays(), B.transpose().toArrays());
console.log(String(A.add(Matrix.identity(3)).mul(2)));
console.log('det', A.determinant(), Matrix.identity(4).determinant(), Matrix.from([[1, 2], [2, 4]]).determinant());
const inv = A.inverse();
console.log(String(inv));
const check = A.mul(inv).map((v) => Math.round(v * 1e9) / 1e9 + 0);
console.log(check.toArrays());
const x = A.eliminate(Matrix.from([[4], [5], [6]])).solution;
console.log('solution', x.toArrays().map((r) => Math.round(r[0] * 1e9) / 1e9));
const attempts = [
  () => A.add(B),
  () => B.mul(B),
  () => B.determinant(),
  () => Matrix.from([[1, 2], [2, 4]]).inverse(),
  () => new Matrix(0, 3)
];
for (const f of attempts) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
// Hilbert-like matrices: determinants shrink fast; powers of a rotation-like integer matrix.
for (let n = 1; n <= 5; n++) {
  const h = new Matrix(n, n).map((v, i, j) => 1 / (i + j + 1));
  console.log('hilbert', n, Math.round(h.determinant() * 1e15) / 1e15);
}
let P = Matrix.identity(2);
const F = Matrix.from([[1, 1], [1, 0]]);
for (let i = 0; i < 40; i++) P = P.mul(F);
console.log('fibonacci via matrix power', P.toArrays());
