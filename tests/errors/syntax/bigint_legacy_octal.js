// A BigInt literal cannot start with a leading zero (legacy octal form).
var ok = 0o17n;
var legacy = 017n;
