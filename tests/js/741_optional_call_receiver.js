// A call keeps the receiver of the property it calls, through optional chains and
// parentheses: (a?.b)() and a?.b() call b with this = a.
const a = {
  b() { return this === a ? 'this is a' : 'wrong this'; },
  _v: 42,
  v() { return this._v; },
  d: { e() { return this === a.d; } },
};
console.log(a?.b(), (a?.b)(), a.b?.(), (a.b)?.(), a?.b?.(), (a?.b)?.());
console.log(a?.v(), (a?.v)(), (a?.['v'])(), ((a?.v))());
console.log(a?.d.e(), (a?.d.e)(), (a?.d)?.e(), (a?.d?.e)());
const tag = { t(strings) { return this === tag ? 'tag this ok ' + strings[0] : 'wrong'; } };
console.log((tag?.t)`x`);
const n = null;
try { (n?.b)(); } catch (e) { console.log(e.name); }
console.log((n?.b)?.(), n?.b(), n?.b.c(), (n?.b.c)?.());
class Counter {
  #count = 0;
  inc() { this.#count++; return this; }
  get value() { return this.#count; }
}
const c = new Counter();
(c?.inc)();
(c?.inc)().inc();
console.log(c.value);
let calls = 0;
const hot = { m() { calls += this === hot ? 1 : 100; } };
for (let i = 0; i < 3000; i++) (hot?.m)();
console.log(calls);
