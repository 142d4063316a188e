// try/catch/finally inside hot loops.
var caught = 0, finals = 0, total = 0;
for (var i = 0; i < 5000; i++) {
  try {
    if (i % 10 === 0) throw i;
    total += i;
  } catch (e) {
    caught += e;
  } finally {
    finals++;
  }
}
console.log(total, caught, finals);
function parseOrDefault(s, d) {
  try {
    return JSON.parse(s);
  } catch (e) {
    return d;
  }
}
var inputs = ['1', '2.5', 'x', '[1]', '', 'true'];
var acc = 0;
for (var j = 0; j < 3000; j++) {
  var v = parseOrDefault(inputs[j % inputs.length], -1);
  acc += typeof v === 'number' ? v : 10;
}
console.log(acc);
function safeDiv(a, b) {
  try {
    if (b === 0) throw new RangeError('division by zero');
    return a / b;
  } catch (e) {
    return e.name;
  } finally {
    safeDiv.calls = (safeDiv.calls || 0) + 1;
  }
}
var res = [];
for (var k = 0; k < 3000; k++) {
  var r = safeDiv(k, k % 4);
  if (k < 6) res.push(r);
}
console.log(res, safeDiv.calls);
