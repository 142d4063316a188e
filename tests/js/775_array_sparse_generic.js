// Arrays in dictionary mode (a far-apart index or a huge length) under the generic
// Array.prototype algorithms: only the present indices are visited, the prototype chain still
// fills the holes, and a subclass's sparse instance keeps its class through species.
function show(label, v) { console.log(label, JSON.stringify(v)); }
var big = [];
big[3000000] = 'far';
big[3] = 'near';
var seen = [];
big.forEach(function (v, i) { seen.push(i + '=' + v); });
show('forEach', seen);
show('indexOf', big.indexOf('far'));
show('lastIndexOf', big.lastIndexOf('near'));
show('includes', big.includes('far'));
show('some', big.some(function (v) { return v === 'far'; }));
show('every', big.every(function (v) { return typeof v === 'string'; }));
show('filter', big.filter(function () { return true; }));
show('reduce', big.reduce(function (a, v) { return a + '+' + v; }));
show('reduceRight', big.reduceRight(function (a, v) { return a + '+' + v; }));
show('findLastIndex', big.findLastIndex(function (v) { return v === 'far'; }));
show('at', big.at(-1));
show('length', big.length);
show('flat', [big].flat());
show('pop', big.pop());
show('length after pop', big.length);
show('push', big.push('again'));
show('last', big[big.length - 1]);

// holes of a sparse array read through the prototype chain
Array.prototype[5] = 'proto';
show('hole via proto', big[5]);
show('in', 5 in big);
show('indexOf proto', big.indexOf('proto'));
seen = [];
big.forEach(function (v, i) { if (i < 10) seen.push(i + '=' + v); });
show('forEach proto', seen);
delete Array.prototype[5];

// a subclass's sparse instance
class Far extends Array {}
var f = new Far(1, 2);
f[2000000] = 3;
show('isArray', Array.isArray(f));
show('instanceof', f instanceof Far);
var mapped = f.filter(function (v) { return v > 1; });
show('filter species', [mapped instanceof Far, Array.from(mapped)]);
show('length', f.length);
seen = [];
f.forEach(function (v, i) { seen.push(i); });
show('forEach', seen);
