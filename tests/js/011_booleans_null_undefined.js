// The oddball values: true/false, null, undefined and their conversions.
console.log(true, false, null, undefined);
console.log(true + 1, false + 1, true + true, null + 1, undefined + 1);
console.log(true * 5, false * 5, null * 5, -null, -undefined, +true);
console.log(!true, !false, !null, !undefined, !!null);
console.log(true === 1, true == 1, false == 0, null == 0, undefined == 0);
console.log(null == undefined, null === undefined, null == false);
console.log(typeof true, typeof null, typeof undefined);
console.log("" + true, "" + null, "" + undefined, true + "!");
var u;
console.log(u, u === undefined, u == null);
var v = null;
console.log(v, v === null, v == undefined);
function nothing() {}
function bare() { return; }
console.log(nothing(), bare(), nothing() === undefined);
console.log(null < 1, null > -1, null >= 0, undefined < 1, undefined > 1);
console.log(true > false, true < 2, false <= 0);
console.log([true, false, null, undefined]);
console.log({ t: true, n: null, u: undefined });
if (null) { console.log("null truthy?"); } else { console.log("null falsy"); }
if (undefined) { console.log("no"); } else { console.log("undefined falsy"); }
