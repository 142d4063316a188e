// Built-in methods called on wrappers unwrap them (thisStringValue, thisNumberValue,
// thisBooleanValue, thisBigIntValue); wrong receivers get V8's TypeErrors.
var S = String.prototype, N = Number.prototype, B = Boolean.prototype, BI = BigInt.prototype;
var ws = new String("Hello"), wn = new Number(1.5), wb = new Boolean(true), wbi = Object(255n);
console.log(S.toUpperCase.call(ws), S.slice.call(ws, 1, 3), S.indexOf.call(ws, "l"), S.charAt.call(ws, 4));
console.log(S.toString.call(ws), S.valueOf.call(ws), S.at.call(ws, -1), S.padStart.call(ws, 7, "*"));
console.log(S.split.call(new String("a,b"), ","), S.concat.call(ws, new String("!")), S.repeat.call(new String("ab"), 2));
console.log(S.trim.call(new String("  x  ")), S.includes.call(ws, new String("ell")), S.localeCompare.call(ws, "Hello"));
console.log(N.toFixed.call(wn, 2), N.toFixed.call(new Number(1.5)), N.toString.call(new Number(255), 16));
console.log(N.toPrecision.call(wn, 3), N.toExponential.call(wn, 1), N.valueOf.call(wn), N.toLocaleString.call(new Number(1234.5)));
console.log(B.toString.call(wb), B.valueOf.call(new Boolean(false)), BI.toString.call(wbi, 16), BI.valueOf.call(wbi));
console.log(wn.toFixed(3), ws.charCodeAt(0), wb.toString(), wbi.toString(), typeof wbi.valueOf());
// other methods convert the receiver with ToString (so any object works)
console.log(S.toUpperCase.call({ toString: function () { return "obj"; } }), S.slice.call(12345, 1, 3));
console.log(S.charAt.call(true, 0), S.includes.call([1, 2], ","), S.trim.call(new Number(42)));
// toString/valueOf need the real kind
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
attempt("S.toString(5)", function () { return S.toString.call(5); });
attempt("S.valueOf({})", function () { return S.valueOf.call({}); });
attempt("S.toString(Number)", function () { return S.toString.call(new Number(1)); });
attempt("S.trim(null)", function () { return S.trim.call(null); });
attempt("N.toFixed('1')", function () { return N.toFixed.call("1"); });
attempt("N.toString(String)", function () { return N.toString.call(new String("1")); });
attempt("N.valueOf({})", function () { return N.valueOf.call({ valueOf: function () { return 1; } }); });
attempt("N.toPrecision(true)", function () { return N.toPrecision.call(true, 2); });
attempt("B.toString(Number)", function () { return B.toString.call(new Number(1)); });
attempt("B.valueOf(1)", function () { return B.valueOf.call(1); });
attempt("BI.toString(1)", function () { return BI.toString.call(1); });
attempt("BI.valueOf(Number)", function () { return BI.valueOf.call(new Number(1)); });
attempt("new BigInt", function () { return new BigInt(1); });
attempt("wrapper()", function () { return new String("f")(); });
attempt("in primitive", function () { return 0 in "abc"; });
attempt("forEach wrapper", function () { return [1].forEach(new Number(1)); });
attempt("forEach String", function () { return [1].forEach(new String("s")); });
attempt("Map(Number)", function () { return new Map(new Number(1)); });
// the prototypes themselves are wrappers of "", 0 and false
console.log(S.toString(), N.toFixed(1), B.toString(), S.length, S.valueOf() === "", N.valueOf());
