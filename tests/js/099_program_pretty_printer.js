// A hand-written recursive printer using typeof, compared to console.log.
function show(v, depth) {
  var t = typeof v;
  if (v === null) { return "null"; }
  if (t === "string") { return "\"" + v + "\""; }
  if (t === "number" || t === "boolean" || t === "undefined") { return "" + v; }
  if (t === "function") { return "<fn>"; }
  if (depth > 3) { return "..."; }
  if (v.length !== undefined) {
    var s = "[";
    for (var i = 0; i < v.length; i++) {
      if (i > 0) { s += ","; }
      s += show(v[i], depth + 1);
    }
    return s + "]";
  }
  var out = "{";
  var first = true;
  var keys = v.__keys;
  for (var k = 0; k < keys.length; k++) {
    if (!first) { out += ","; }
    first = false;
    out += keys[k] + ":" + show(v[keys[k]], depth + 1);
  }
  return out + "}";
}
var rec = { __keys: ["name", "tags", "n", "inner"], name: "x", tags: ["a", 1, true, null], n: -0.5 };
rec.inner = { __keys: ["f", "u", "deep"], f: show, u: undefined, deep: [[[[[1]]]]] };
console.log(show(rec, 0));
console.log(show([1, "2", [3, [4]]], 0), show("top", 0), show(undefined, 0));
console.log([1, "2", [3, [4]]]);
var data = [];
for (var j = 0; j < 5; j++) { data.push({ __keys: ["i", "sq"], i: j, sq: j * j }); }
console.log(show(data, 0));
console.log(show(1e21, 0), show(-0, 0), show(0.1 + 0.2, 0));
