// delete super.x and delete super[k] are ReferenceErrors (after the key is evaluated), in
// methods, objects' methods and derived constructors before and after super().
class Base { constructor() { this.x = 1; } }
Base.prototype.x = 'proto';
class Derived extends Base {
  constructor(early) {
    if (early) {
      try { delete super.x; } catch (e) { console.log('before super()', e.name, e.message); }
    }
    super();
    try { delete super.x; } catch (e) { console.log('after super()', e.name, e.message); }
  }
  m() {
    try { delete super[(console.log('key evaluated'), 'x')]; } catch (e) { console.log('method', e.name); }
    return Base.prototype.x;
  }
  static s() {
    try { delete super.name; } catch (e) { console.log('static method', e.name); }
  }
}
new Derived(true);
console.log(new Derived(false).m());
Derived.s();
const obj = { __proto__: { y: 2 }, m() { try { delete super.y; } catch (e) { console.log('object method', e.name); } return 'm'; } };
console.log(obj.m());
class Hot extends Base {
  tryDelete(k) { try { delete super[k]; return 'deleted'; } catch (e) { return e.name; } }
}
const h = new Hot();
let caught = 0;
for (let i = 0; i < 3000; i++) if (h.tryDelete(i % 2 ? 'x' : 'y') === 'ReferenceError') caught++;
console.log(caught, h.x);
