// JSON.parse rejects malformed input with a SyntaxError.
var inputs = ['{', '[1,]', "{'a':1}", '{"a":1,}', 'undefined', 'NaN', '01', '"unterminated',
  '{"a" 1}', '', ' ', 'tru', '[1 2]', '{a:1}', '1e', '.5'];
for (var s of inputs) {
  try {
    var v = JSON.parse(s);
    console.log(JSON.stringify(s), 'parsed', v);
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e instanceof SyntaxError, e instanceof Error);
  }
}
var good = ['1', ' 2 ', '"s"', 'null', 'true', '[]', '{}', '-0', '1E3', '{"a":[1,{"b":null}]}'];
for (var g of good) {
  console.log(JSON.stringify(g), JSON.parse(g));
}
var n = 0;
for (var i = 0; i < 2000; i++) {
  try {
    JSON.parse(i % 2 ? '[' + i + ']' : '[' + i);
  } catch (e) {
    if (e instanceof SyntaxError) n++;
  }
}
console.log(n);
