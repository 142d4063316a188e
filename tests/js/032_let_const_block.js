// let/const are block scoped; const bindings hold their value.
let a = 1;
const b = 2;
{
  let a = 10;
  const b = 20;
  console.log("inner", a, b);
}
console.log("outer", a, b);
if (true) {
  let scoped = "if-block";
  console.log(scoped);
}
console.log(typeof scoped);
const obj = { n: 1 };
obj.n = 2;
obj.m = 3;
console.log(obj);
const arr = [1];
arr.push(2);
console.log(arr);
let sum = 0;
for (let i = 0; i < 5; i++) {
  const doubled = i * 2;
  sum += doubled;
}
console.log(sum, typeof i);
function f() {
  let x = 1;
  {
    let x = 2;
    {
      let x = 3;
      console.log("deep", x);
    }
    console.log("mid", x);
  }
  return x;
}
console.log(f());
let later;
console.log(later);
later = "assigned";
console.log(later);
let w = 0;
while (w < 3) {
  let tmp = w * 100;
  w++;
  if (w === 3) { console.log("tmp", tmp); }
}
const big = 2147483647;
const bigger = big + 1;
console.log(bigger);
