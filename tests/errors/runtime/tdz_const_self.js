// A const initializer that reads itself: "Cannot access 'x' before initialization".
let ok = 1;
console.log("ok", ok);
{
  const x = x + 1;
  console.log(x);
}
