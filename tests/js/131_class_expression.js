var Point = class {
  constructor(x) { this.x = x; }
};
