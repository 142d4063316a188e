// Surrogate halves joined by +, templates, join and concat give the astral character back; class
// fields and object-literal accessors name their functions as node does.
const e = '😀';
console.log(e[0] + e[1] === e, [e[0], e[1]].join('') === e, `${e[0]}${e[1]}` === e);
let s = ''; for (const u of [e[0], e[1]]) s += u;
console.log(s === e, s, new Map([[e, 1]]).get(s), s.length, "a".concat(e[0], e[1]) === "a" + e);
function cat(a, b) { return a + b; } let r; for (let i = 0; i < 3000; i++) r = cat(e[0], e[1]); console.log(r === e);
{
class A { f = () => 1; #h = () => 2; static s = function () {}; "str key" = () => 3; getH() { return this.#h; } }
const a = new A();
const d = Object.getOwnPropertyDescriptor({ get g() { return 1; }, set g(v) {} }, 'g');
console.log([a.f.name, a.getH().name, A.s.name, a["str key"].name, d.get.name, d.set.name]); console.log(a);
const o = { m() {}, n: function () {}, k: () => 0 }; console.log(o.m.name, o.n.name, o.k.name);
}
