// switch with fallthrough between cases.
function classify(n) {
  var out = [];
  switch (n) {
    case 1:
      out.push('one');
    case 2:
      out.push('two-or-less');
    case 3:
      out.push('three-or-less');
      break;
    case 4:
      out.push('four');
      break;
    case 5:
    case 6:
    case 7:
      out.push('five-to-seven');
      break;
  }
  return out.join(',') || 'none';
}
for (var i = 0; i <= 8; i++) console.log(i, classify(i));
function daysIn(month) {
  var d;
  switch (month) {
    case 2:
      d = 28;
      break;
    case 4: case 6: case 9: case 11:
      d = 30;
      break;
    default:
      d = 31;
  }
  return d;
}
var total = 0;
for (var m = 1; m <= 12; m++) total += daysIn(m);
console.log('days', total);
function emptyCases(x) {
  switch (x) {
  }
  switch (x) {
    default:
  }
  return 'ok';
}
console.log(emptyCases(1));
function fallIntoDefault(x) {
  var r = '';
  switch (x) {
    case 'a':
      r += 'A';
    default:
      r += 'D';
    case 'b':
      r += 'B';
  }
  return r;
}
console.log(fallIntoDefault('a'), fallIntoDefault('b'), fallIntoDefault('z'));
