// console.log with several arguments, no arguments, and mixed value kinds.
console.log();
console.log('a', 'b', 'c');
console.log('string at top level is unquoted', ['but quoted inside'], { s: 'and here' });
console.log(1, '1', [1, '1'], { n: 1, s: '1' });
console.log(null, undefined, true, false, NaN, -0, 0, Infinity);
console.log([null, undefined, true, NaN, -0]);
console.log('', '', 'x');
console.log([''], [' '], { '': 'empty key' });
console.log('multi\nline', ['multi\nline']);
console.log("single ' quote", ["single ' quote"], ['double " quote'], ['both \' and "']);
console.log(function namedFn() {}, () => {}, class K {}, [function inner() {}]);
console.log({ f: function () {}, a: () => 1 });
console.log([[[[1, [2]]]]], { a: { b: { c: { d: 1 } } } });
console.log(typeof console, typeof console.log);
var long = [];
for (var i = 0; i < 8; i++) long.push('item' + i);
console.log(long);
console.log({ key1: 'value number one', key2: 'value number two', key3: 'value number three' });
