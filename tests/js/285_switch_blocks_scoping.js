// let/const declared in case clauses, and switch inside loops with continue.
function describe(x) {
  switch (typeof x) {
    case 'number': {
      let kind = x % 2 === 0 ? 'even' : 'odd';
      return 'number ' + kind;
    }
    case 'string': {
      let kind = x.length > 3 ? 'long' : 'short';
      return 'string ' + kind;
    }
    default: {
      const kind = 'other';
      return kind;
    }
  }
}
console.log(describe(4), describe(3), describe('hi'), describe('hello'), describe(null));
var out = [];
for (var i = 0; i < 8; i++) {
  switch (i % 4) {
    case 0:
      continue;
    case 1:
      out.push('one');
      break;
    case 2:
      if (i > 4) break;
      out.push('two');
      break;
    default:
      out.push('d' + i);
  }
  out.push('|');
}
console.log(out.join(''));
var stop = 0;
loop: for (var j = 0; j < 100; j++) {
  switch (j) {
    case 5:
      stop = j;
      break loop;
  }
}
console.log(stop);
