// localeCompare as node's ICU root collation orders lone surrogates (after every letter, by code
// point), U+FFFF (last of all) and emoji (symbols: before letters), also as a sort comparator.
const xs = ["a\ud800", "a\udc00", "a", "b\ud83d\ude00", "b\ud83d", "\ud800", "\udfff", "z", "\uffff", "\ud83d\ude00"];
for (const x of xs) { const row = xs.map(y => x.localeCompare(y)); console.log(JSON.stringify(x), row.join(",")); }
console.log(xs.slice().sort((a, b) => a.localeCompare(b)).map(s => JSON.stringify(s)).join(" "));
