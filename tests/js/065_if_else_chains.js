// if / else if / else chains and nested conditionals.
function classify(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else if (n < 100) {
    return "medium";
  } else {
    return "large";
  }
}
var samples = [-5, 0, 3, 42, 1000, -0, 9.99, NaN];
var labels = [];
for (var i = 0; i < samples.length; i++) { labels.push(classify(samples[i])); }
console.log(labels);
function fizz(n) {
  if (n % 15 === 0) { return "FizzBuzz"; }
  else if (n % 3 === 0) { return "Fizz"; }
  else if (n % 5 === 0) { return "Buzz"; }
  return n;
}
var fb = [];
for (var j = 1; j <= 20; j++) { fb.push(fizz(j)); }
console.log(fb);
function truthy(v) {
  if (v) { return "T"; } else { return "F"; }
}
var vals = [0, 1, "", "0", null, undefined, NaN, {}, [], -0, 0.1, "false"];
var t = "";
for (var k = 0; k < vals.length; k++) { t += truthy(vals[k]); }
console.log(t);
function nestedIf(a, b) {
  if (a) {
    if (b) { return "both"; }
    else { return "only a"; }
  } else if (b) {
    return "only b";
  }
  return "neither";
}
console.log(nestedIf(1, 1), nestedIf(1, 0), nestedIf(0, 1), nestedIf(0, 0));
var x = 5;
if (x > 3) console.log("no braces then");
else console.log("no braces else");
if (x > 10) console.log("unreached"); else if (x > 4) console.log("braceless else-if");
var y = 0;
if (x) y = 1;
console.log(y);
function leap(yr) {
  if (yr % 4 !== 0) { return false; }
  if (yr % 100 !== 0) { return true; }
  return yr % 400 === 0;
}
console.log(leap(1900), leap(2000), leap(2024), leap(2023));
