// JSON.parse: values, whitespace, escapes, duplicate keys, reviver, and V8's SyntaxError messages.
var good = ['1', ' 2 ', '"s"', 'null', 'true', 'false', '[]', '{}', '-0', '1E3', '1e-2', '-1.5e+2', '0.5', '{"a":[1,{"b":null}]}', '\t\n\r [1 , 2] ',
  '"\\u0041\\n\\t\\"\\\\\\/"', '"\\ud83d\\ude00"', '"😀"', '123456789012345678901234567890', '1e400', '[[[[[]]]]]', '{"__proto__": 1, "b": 2}',
  '{"b":1,"a":2,"b":3,"1":4}', '"\u2028"', '{"":""}'];
for (var i = 0; i < good.length; i++) {
  var v = JSON.parse(good[i]);
  console.log(JSON.stringify(good[i]), typeof v, v);
}
var bad = ['{', '[1,]', "{'a':1}", '{"a":1,}', 'undefined', 'NaN', '01', '"unterminated', '{"a" 1}', '', ' ', 'tru', '[1 2]', '{a:1}',
  '1e', '.5', '-', '[1] x', '"\\x"', '"a\nb"', '{"a":1 "b":2}', '[', '{"a":', 'nul', '"\\u12"', '1.', '+1', 'Infinity', '-Infinity',
  '[1', '{"a":1', '{"a"', '{"a":1,', '"\\', '"\\u', '"\\u00', 'tr"', 'tr1', '{"a":1}x', '{"a":1} }', '-01', '1.5e+', '[-]', '{"a":tru}',
  '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,x]', '"abcdefghijklmnopqrstuvwxyz',
  '{"abcdefghijklmnopqrstuvwxyz": x}', '{"abcdefghijklmnopqrstuvwxyz": 1 ]', 'x{"abcdefghijklmnopqrstuvwxyz": 1}', '[1,\n2,\nz]', '\u00a0 1', '{"😀": x}'];
for (var j = 0; j < bad.length; j++) {
  try {
    JSON.parse(bad[j]);
    console.log(JSON.stringify(bad[j]), 'parsed?!');
  } catch (e) {
    console.log(JSON.stringify(bad[j]), e.name, e.message, e instanceof SyntaxError);
  }
}
try { JSON.parse(undefined); } catch (e) { console.log(e.message); }
try { JSON.parse({}); } catch (e) { console.log(e.message); }
console.log(JSON.parse(null), JSON.parse(true), JSON.parse(12), JSON.parse([5]), JSON.parse(' [1] '.trim()));
console.log(JSON.parse('{"a":[1,{"b":2}]}', function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.parse('[1,2,3]', function (k, v) { return v === 2 ? undefined : v; }), JSON.parse('{"a":1,"b":2}', function (k, v) { return k === 'a' ? undefined : v; }));
var order = [];
JSON.parse('{"x":{"y":[7,8]},"z":1}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; });
console.log(order.join(','), JSON.parse('5', function (k, v) { return [k, v]; }), JSON.parse('{"a":1}', function () { return 'all'; }));
var doc = [];
for (var n = 0; n < 200; n++) doc.push({ id: n, s: 'v' + n, f: n / 4, ok: n % 2 === 0, nil: null, arr: [n, [n]] });
var round = JSON.parse(JSON.stringify(doc));
console.log(round.length, round[199], JSON.stringify(round) === JSON.stringify(doc));
var failures = 0;
for (var m = 0; m < 1000; m++) {
  try { JSON.parse(m % 2 ? '[' + m + ']' : '[' + m); } catch (e) { if (e instanceof SyntaxError) failures++; }
}
console.log(failures);
