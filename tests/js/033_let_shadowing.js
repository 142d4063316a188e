// Shadowing between var, let, const, parameters and nested functions.
let name = "outer";
function show(name) {
  return "param " + name;
}
console.log(show("p"), name);
function inner() {
  let name = "function";
  {
    const name = "block";
    console.log(name);
  }
  return name;
}
console.log(inner(), name);
var v = "var";
{
  let v = "let in block";
  console.log(v);
}
console.log(v);
function shadowParam(x) {
  {
    let x = "block x";
    console.log(x);
  }
  return x;
}
console.log(shadowParam("param x"));
let count = 0;
function makeShadow() {
  let count = 100;
  return function () {
    count++;
    return count;
  };
}
var s = makeShadow();
console.log(s(), s(), count);
for (let k = 0; k < 2; k++) {
  let k2 = k;
  for (let k = 10; k < 12; k++) {
    console.log("k inner", k, "outer copy", k2);
  }
}
const c = 1;
{
  const c = 2;
  {
    const c = 3;
    console.log(c);
  }
  console.log(c);
}
console.log(c);
