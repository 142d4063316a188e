// Adding a Number to a BigInt, after the function got hot with BigInts only.
function addOne(total, step) {
  return total + step;
}
let total = 0n;
for (let i = 0; i < 3000; i++) total = addOne(total, 1n);
console.log("total", total);
addOne(total, 1);
