// push and appends that fill the backing store: it grows in machine code (a new store of twice
// the capacity, the elements copied), and a value the elements kind does not take generalizes
// the kind (int32 -> double -> any) natively; holes, frozen arrays and arrays with extra
// properties keep the runtime's path. Values are checked after collections too.
function build(n, f) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(f(i));
  return a;
}
function ints(i) { return i; }
function mixed(i) { return i % 5 === 4 ? { i: i } : i % 3 === 2 ? i + 0.5 : i; }
function strs(i) { return 's' + i; }

var total = 0;
for (var k = 0; k < 200; k++) {
  var a = build(40, ints), b = build(40, mixed), c = build(10, strs);
  total += a[39] + b[38] + b[9].i + c.length + a.length;
}
console.log('built', total);
console.log(build(12, mixed));
console.log(build(5, strs));

// kinds: push a double into an int array, then an object
function pushAll(arr, xs) { for (var i = 0; i < xs.length; i++) arr.push(xs[i]); return arr; }
for (var k = 0; k < 2000; k++) pushAll([1, 2], [3, 4]);
console.log(pushAll([1, 2], [2.5, 'x', null, undefined, [1]]));
console.log(pushAll([0.5], [1, 2]), pushAll(['a'], [1.5]));

// a holey array, a frozen one and one with a named property
var holey = [1, , 3];
pushAll(holey, [4, 5, 6, 7, 8]);
console.log(holey, holey.length);
try { pushAll(Object.freeze([1]), [2]); } catch (e) { console.log(e.constructor.name, e.message); }
var named = [1, 2, 3, 4];
named.tag = 'named';
pushAll(named, [5, 6, 7]);
console.log(named, named.tag);

// the returned length and what pop sees after growth
function pushPop(n) {
  var a = [];
  var s = 0;
  for (var i = 0; i < n; i++) s += a.push(i * 1.5);
  while (a.length) s += a.pop();
  return s;
}
var p = 0;
for (var k = 0; k < 300; k++) p += pushPop(50);
console.log('push/pop', p);

// many short-lived growing arrays: the old stores become garbage, the new ones stay reachable
var keep = [];
for (var k = 0; k < 3000; k++) {
  var x = build(17, ints);
  if (k % 500 === 0) keep.push(x);
}
console.log(keep.length, keep.map(function (a) { return a.length + ':' + a[16]; }).join(' '));
