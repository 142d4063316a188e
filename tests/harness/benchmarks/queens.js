// Eight queens by backtracking over free rows and diagonals.
const { Benchmark } = require('./common');

class Queens extends Benchmark {
  static N = 8;
  static ROUNDS = 5;
  freeRows; freeMaxs; freeMins; queenRows;
  benchmark() {
    let result = true;
    for (let i = 0; i < Queens.ROUNDS; i++) result = result && this.queens();
    return result;
  }
  verifyResult(result) { return result === true; }
  queens() {
    const { N } = Queens;
    this.freeRows = new Array(N).fill(true);
    this.freeMaxs = new Array(2 * N).fill(true);
    this.freeMins = new Array(2 * N).fill(true);
    this.queenRows = new Array(N).fill(-1);
    return this.placeQueen(0);
  }
  placeQueen(c) {
    for (let r = 0; r < Queens.N; r++) {
      if (this.getRowColumn(r, c)) {
        this.queenRows[r] = c;
        this.setRowColumn(r, c, false);
        if (c === Queens.N - 1) return true;
        if (this.placeQueen(c + 1)) return true;
        this.setRowColumn(r, c, true);
      }
    }
    return false;
  }
  getRowColumn(r, c) { return this.freeRows[r] && this.freeMaxs[c + r] && this.freeMins[c - r + Queens.N - 1]; }
  setRowColumn(r, c, v) {
    this.freeRows[r] = v;
    this.freeMaxs[c + r] = v;
    this.freeMins[c - r + Queens.N - 1] = v;
  }
}

module.exports = { Queens };
