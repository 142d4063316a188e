// BigInt division by zero is a RangeError (Number division would give Infinity).
function ratio(a, b) {
  return a / b;
}
let acc = 0n;
for (let d = 2000n; d >= 1n; d--) acc += ratio(1000000n, d);
console.log("acc", acc, 1 / 0);
ratio(acc, 0n);
