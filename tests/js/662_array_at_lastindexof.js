// Array.prototype.at (negative indexes) and lastIndexOf (fromIndex, NaN, strict equality).
const a = ['a', 'b', 'c', 'd'];
console.log(a.at(0), a.at(3), a.at(4), a.at(-1), a.at(-4), a.at(-5), a.at(), a.at(1.7), a.at(-1.7), a.at('2'), a.at(NaN));
console.log([].at(0), [].at(-1), [1, , 3].at(1));
console.log('string'.at(-1), 'string'.at(0), 'abc'.at(5));
const b = [1, 2, 3, 2, 1, NaN, '2'];
console.log(b.lastIndexOf(2), b.lastIndexOf(1), b.lastIndexOf('2'), b.lastIndexOf(NaN), b.lastIndexOf(4));
console.log(b.lastIndexOf(2, 2), b.lastIndexOf(2, 1), b.lastIndexOf(1, -3), b.lastIndexOf(1, -100), b.lastIndexOf(1, 100));
console.log(b.indexOf(2), b.lastIndexOf(2), [].lastIndexOf(undefined), [undefined].lastIndexOf(undefined), [, 1].lastIndexOf(undefined));
const o = { k: 1 };
console.log([o, { k: 1 }, o].lastIndexOf(o), [o].lastIndexOf({ k: 1 }), [0].lastIndexOf(-0), [-0].lastIndexOf(0));
// at() in a hot loop over windows.
const data = [];
for (let i = 0; i < 100; i++) data.push(i * 3 % 17);
let s = 0;
for (let i = 0; i < 3000; i++) s += data.at(-((i % 100) + 1)) + data.at(i % 100);
console.log(s);
// lastIndexOf to find the last occurrence in a hot loop.
let found = 0;
for (let i = 0; i < 2500; i++) found += data.lastIndexOf(i % 17);
console.log(found);
