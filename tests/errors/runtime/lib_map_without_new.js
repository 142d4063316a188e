// Map is a constructor that must be called with new.
var ok = new Map([['k', 1]]);
console.log(ok.get('k'));
var bad = Map([['k', 1]]);
console.log(bad);
