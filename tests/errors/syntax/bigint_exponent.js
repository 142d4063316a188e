// A BigInt literal cannot use exponent notation.
var million = 1_000_000n;
var thousand = 1e3n;
