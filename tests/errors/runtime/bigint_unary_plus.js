// Unary plus on a BigInt is a TypeError; Number(big) is the explicit conversion.
const big = 2n ** 64n;
console.log("number", Number(big));
console.log("never printed", +big);
