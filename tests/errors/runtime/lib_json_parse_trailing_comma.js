// JSON.parse rejects a trailing comma with V8's message and position.
console.log(JSON.parse('{"a":1}').a);
var config = JSON.parse('{"a":1,}');
console.log(config);
