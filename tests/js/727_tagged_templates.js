// Tagged templates: cooked and raw pieces, one frozen strings array per call site, method tags, String.raw, invalid escapes (cooked undefined), hot call sites.
function tag(strings, ...values) { return strings.raw.join("|") + " / " + strings.join("|") + " / " + values.join(","); }
console.log(tag`a${1}b${2}c`, tag`\n${"x"}\t`, tag``);
console.log(String.raw`C:\new\table${1 + 1}\x`);
function same(s) { return s; } const seen = []; for (let i = 0; i < 3; i++) seen.push(same`x${i}y`);
console.log(seen[0] === seen[1], Object.isFrozen(seen[0]), Array.isArray(seen[0]), seen[0].length, Object.isFrozen(seen[0].raw), seen[0]);
const obj = { name: "o", t(s, ...v) { return this.name + s.length + v.length; } };
console.log(obj.t`1${2}3${4}5`, obj["t"]`x`);
const html = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).toUpperCase() : ""), "");
console.log(html`<p>${"hi"} and ${"bye"}</p>`);
console.log(tag`line1
line2${3}`);
console.log((x => x)`a`.raw, typeof tag`x`);
const invalid = (s) => [s[0], s.raw[0]];
console.log(invalid`\x`, invalid`\u{`, invalid`\01`, invalid`ok\n`);
const cr = (s) => JSON.stringify(s.raw[0]);
console.log(cr`a\
b`);
function hot(n) { let out = ""; for (let i = 0; i < n; i++) out = tag`${i}:${i * 2}`; return out; }
console.log(hot(3000));
const sites = new Set(); for (let i = 0; i < 2000; i++) sites.add(same`${i}`); console.log(sites.size);
