// Array indexOf vs includes: NaN, -0, strict comparisons, fromIndex.
var a = [1, 2, NaN, 3, '1', -0, undefined, null];
console.log(a.indexOf(NaN), a.includes(NaN), a.lastIndexOf(NaN));
console.log(a.indexOf(0), a.includes(0), a.indexOf(-0), a.includes(+0));
console.log(a.indexOf(1), a.indexOf('1'), a.indexOf(undefined), a.includes(undefined), a.indexOf(null));
console.log(a.indexOf(3, 4), a.indexOf(1, -8), a.indexOf(1, -7), a.includes(1, 1), a.includes(null, -1));
var holes = new Array(3);
console.log(holes.indexOf(undefined), holes.includes(undefined));
var objs = [{ k: 1 }, { k: 1 }];
var target = objs[1];
console.log(objs.indexOf({ k: 1 }), objs.indexOf(target), objs.includes(target));
console.log([].indexOf(undefined), [].includes(undefined), [1, 2, 1].lastIndexOf(1), [1, 2, 1].lastIndexOf(1, 1));
console.log(['a', 'b'].indexOf('b', 100), ['a', 'b'].lastIndexOf('a', -1), ['a', 'b'].lastIndexOf('b', -2));
var data = [];
for (var i = 0; i < 100; i++) data.push(i * 3);
var hits = 0;
for (var k = 0; k < 3000; k++) {
  if (data.indexOf(k % 300) !== -1) hits++;
  if (data.includes(k % 7)) hits++;
}
console.log(hits);
