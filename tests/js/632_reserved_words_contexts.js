// Reserved words as names in less common places: getters/setters, computed access, destructuring, exports.
const store = {
  _v: 0,
  get if() { return this._v; },
  set if(v) { this._v = v * 2; },
  get of() { return 'of'; },
};
store.if = 5;
console.log(store.if, store['if'], store.of);
class Acc {
  static delete = 'static field named delete';
  static in = 1;
  new = 'field named new';
  typeof = 'field named typeof';
  static { this.for = 'set in a static block'; }
}
const acc = new Acc();
console.log(Acc.delete, Acc.in, Acc.for, acc.new, acc.typeof, Object.keys(acc));
// Keywords as keys in object patterns (must be renamed) and in shorthand-free literals.
function options({ if: cond = false, else: alt = 'none', class: cls }) { return [cond, alt, cls]; }
console.log(options({ class: 'x' }), options({ if: true, else: 'e', class: 'y' }));
// Keyword method names used through optional calls.
const maybe = { return(v) { return v + 1; } };
console.log(maybe.return?.(1), maybe.break?.(1));
// Contextual keywords remain usable as variable names where allowed.
let of = 1, get = 2, set = 3, async = 4, from = 5, as = 6, target = 7;
console.log(of + get + set + async + from + as + target);
var let_ = 'let_';
console.log(let_);
// Reserved words as keys in Maps and as computed keys.
const kw = ['class', 'function', 'null', 'true'];
const table = {};
kw.forEach((k, i) => { table[k] = i; });
console.log(table, table.null, table.true, table.function);
const m = new Map(kw.map(k => [k, k.length]));
console.log(m.get('function'), [...m.keys()].join('|'));
// The `in` method vs the `in` operator.
const box = { in(x) { return 'method ' + x; } };
console.log('in' in box, box.in('arg'), 'out' in box);
