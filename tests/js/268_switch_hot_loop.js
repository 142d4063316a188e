// switch statements in hot loops (dense ints, sparse ints, strings).
function dense(n) {
  switch (n) {
    case 0: return 1;
    case 1: return 10;
    case 2: return 100;
    case 3: return 1000;
    case 4: return 10000;
    default: return 0;
  }
}
var s1 = 0;
for (var i = 0; i < 5000; i++) s1 += dense(i % 6);
console.log(s1);
function sparse(n) {
  switch (n) {
    case -100: return 'a';
    case 7: return 'b';
    case 1000: return 'c';
    case 65536: return 'd';
    default: return '';
  }
}
var keys = [-100, 7, 1000, 65536, 3];
var s2 = '';
for (var j = 0; j < 3000; j++) {
  var r = sparse(keys[j % 5]);
  if (j < 10) s2 += r;
}
console.log(s2);
function byName(name) {
  switch (name) {
    case 'add': return 1;
    case 'sub': return -1;
    case 'nop': return 0;
    default: return 100;
  }
}
var names = ['add', 'sub', 'nop', 'add', 'mul'];
var s3 = 0;
for (var k = 0; k < 4000; k++) s3 += byName(names[k % 5]);
console.log(s3);
// int keys that become doubles
var s4 = 0;
for (var m = 0; m < 3000; m++) {
  var key = m < 2000 ? m % 5 : (m % 5) + 0.5;
  s4 += dense(key);
}
console.log(s4);
