// ?? returns the right side only for null and undefined.
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log(0 || 'd', '' || 'd', false || 'd', NaN || 'd');
var count = 0;
function rhs() {
  count++;
  return 'rhs';
}
console.log(1 ?? rhs(), count);
console.log(null ?? rhs(), count);
console.log(null ?? undefined ?? 'third', null ?? (undefined ?? 0));
var config = { timeout: 0, retries: null, name: '' };
console.log(config.timeout ?? 100, config.retries ?? 3, config.name ?? 'anon', config.missing ?? 'def');
console.log((null || undefined) ?? 'mixed with parens', (0 ?? 1) || 2);
var a = null;
a = a ?? 5;
var b = 0;
b = b ?? 5;
console.log(a, b);
var obj = {};
obj.list = obj.list ?? [];
obj.list.push(1);
obj.list = obj.list ?? 'not replaced';
console.log(obj);
function opt(o) {
  return (o ?? {}).value ?? 'no value';
}
console.log(opt(null), opt({}), opt({ value: 0 }), opt({ value: null }));
var total = 0;
var vals = [1, null, 2, undefined, 0];
for (var i = 0; i < 4000; i++) total += vals[i % 5] ?? 10;
console.log(total);
