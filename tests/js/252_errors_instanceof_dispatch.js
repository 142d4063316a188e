// Dispatching on error types with instanceof and name.
function risky(kind) {
  switch (kind) {
    case 0: return null.x;
    case 1: return undefinedVariableHere;
    case 2: return new Array(-5);
    case 3: return JSON.parse('{');
    case 4: throw new Error('generic');
    case 5: throw 'a string';
    case 6: return (5).toFixed(200);
    default: return 'fine';
  }
}
for (var k = 0; k <= 7; k++) {
  var result;
  try {
    result = 'value ' + risky(k);
  } catch (e) {
    if (e instanceof TypeError) result = 'TypeError';
    else if (e instanceof ReferenceError) result = 'ReferenceError';
    else if (e instanceof RangeError) result = 'RangeError';
    else if (e instanceof SyntaxError) result = 'SyntaxError';
    else if (e instanceof Error) result = 'Error(' + e.message + ')';
    else result = 'non-error ' + typeof e;
  }
  console.log(k, result);
}
var names = [];
for (var j = 0; j < 7; j++) {
  try {
    risky(j);
  } catch (e) {
    names.push(e && e.name);
  }
}
console.log(names);
