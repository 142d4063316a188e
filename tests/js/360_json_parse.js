// JSON.parse of all value kinds, whitespace and number forms.
console.log(JSON.parse('1'), JSON.parse('-1.5e2'), JSON.parse('0.000001'), JSON.parse('1E-7'), JSON.parse('-0'));
console.log(JSON.parse('"str"'), JSON.parse('true'), JSON.parse('false'), JSON.parse('null'));
console.log(JSON.parse('[]'), JSON.parse('{}'), JSON.parse(' [ 1 , 2 ] '), JSON.parse('\n\t{ "a" :\r 1 }\n'));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse('{"__proto__x":1}'));
console.log(JSON.parse('"\\u00e9\\t\\u4e2d"'), JSON.parse('"\\ud83d\\ude00"').length);
console.log(JSON.parse('{"2":"b","1":"a","z":0}'), Object.keys(JSON.parse('{"b":1,"a":2}')));
console.log(JSON.parse('123456789012345678901234567890'), JSON.parse('9007199254740993'));
console.log(JSON.parse('[1e400, -1e400]'), JSON.parse('1e-400'));
var arr = JSON.parse('[1, "two", [3], {"four": 4}, null, true]');
console.log(arr, arr.length, typeof arr[0], Array.isArray(arr[2]));
var o = JSON.parse('{"x": {"y": {"z": [1, 2, {"w": "deep"}]}}}');
console.log(o.x.y.z[2].w, o);
var total = 0;
for (var i = 0; i < 1000; i++) total += JSON.parse('[' + i + ',' + (i * 2) + ']')[1];
console.log(total);
console.log(JSON.parse('"' + 'a'.repeat(5) + '"'), JSON.parse(' "padded" '));
