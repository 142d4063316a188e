var o = {
  _v: 1,
  get v() { return this._v; }
};
