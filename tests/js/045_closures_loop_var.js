// Closures over loop variables: var shares one binding, let gets one per iteration.
function makeVar() {
  var fs = [];
  for (var i = 0; i < 4; i++) { fs.push(() => i); }
  return fs;
}
function makeLet() {
  var fs = [];
  for (let i = 0; i < 4; i++) { fs.push(() => i); }
  return fs;
}
function makeIIFE() {
  var fs = [];
  for (var i = 0; i < 4; i++) {
    fs.push((function (j) { return () => j; })(i));
  }
  return fs;
}
function callAll(fs) {
  var out = [];
  for (var k = 0; k < fs.length; k++) { out.push(fs[k]()); }
  return out;
}
console.log("var ", callAll(makeVar()));
console.log("let ", callAll(makeLet()));
console.log("iife", callAll(makeIIFE()));
var fs = [];
for (let i = 0; i < 3; i++) {
  fs.push(function () { return i; });
  fs.push(function () { i = i + 10; return i; });
}
console.log(fs[0](), fs[1](), fs[0](), fs[2](), fs[3](), fs[2]());
var last;
for (let i = 0; i < 3; i++) {
  last = function () { return i; };
}
console.log(last());
var whileFns = [];
var n = 0;
while (n < 3) {
  var captured = n;
  whileFns.push(function () { return captured; });
  n++;
}
console.log(callAll(whileFns));
var blockFns = [];
var m = 0;
while (m < 3) {
  let captured2 = m;
  blockFns.push(function () { return captured2; });
  m++;
}
console.log(callAll(blockFns));
