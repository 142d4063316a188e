// `this` in a derived constructor is in its TDZ until super() returns, for arrows made
// before super() too; at the top of a CommonJS script `this` is module.exports.
class P { constructor() { this.p = 1; } }
class D extends P {
  constructor(mode) {
    var f = () => this;
    var g = () => typeof this;
    if (mode === 1) { try { f(); } catch (e) { console.log('arrow before super()', e.name); } }
    if (mode === 2) { try { g(); } catch (e) { console.log('typeof this before super()', e.name); } }
    if (mode === 3) { try { this.q = 1; } catch (e) { console.log('this.q before super()', e.name); } }
    super();
    console.log(f() === this, g(), this.p);
  }
}
new D(1); new D(2); new D(3);
class E extends P {
  constructor() {
    try { return; } finally { console.log('return before super()'); }
  }
}
try { new E(); } catch (e) { console.log(e.name); }
console.log(typeof this.NaN, typeof this, this === module.exports);
(function () { console.log(typeof this.NaN); })();
(() => console.log(typeof this.NaN))();
