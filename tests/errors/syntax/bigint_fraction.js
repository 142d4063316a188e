// A BigInt literal cannot have a fractional part.
var whole = 15n;
var half = 1.5n;
