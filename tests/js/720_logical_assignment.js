let a = 0, b = 1, c = null, d = "x";
a ||= 5; b &&= 7; c ??= 9; d ??= 10;
console.log(a, b, c, d);
const o = { n: 0, m: 2, k: undefined };
let calls = 0; function get() { calls++; return o; }
get().n ||= 11; get().m &&= 12; get().k ??= 13; get().m ??= 99;
console.log(o, calls);
const arr = [0, 1]; let i = 0;
arr[i++] ||= 4; arr[i++] ||= 5;
console.log(arr, i);
const k = 1; k ||= 2; console.log(k);
try { k &&= 3; } catch (e) { console.log(e.name, e.message); }
let f; f ??= function () {}; console.log(f.name);
let g = 1n; g &&= g * 3n; console.log(g);
function hot(x) { let y = x; y ||= 100; y &&= y + 1; return y; }
let s = 0; for (let j = 0; j < 3000; j++) s += hot(j % 3); console.log(s);
const frozen = Object.freeze({ p: 1 }); frozen.p ||= 5; console.log(frozen.p);
console.log((a ||= 1), (c &&= 0), c);
