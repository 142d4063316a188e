// Number printing and conversion of many literal forms in hot loops, and mixed int/double arithmetic.
const forms = [0x1f, 0o17, 0b1011, 1_024, 1e3, 2.5e-3, .75, 0xffff_ffff];
let sum = 0;
for (let i = 0; i < 3000; i++) sum += forms[i % forms.length] * (i % 3);
console.log(sum, Number.isInteger(sum), sum.toPrecision(8), sum.toExponential(4));
let str = 0;
for (let i = 0; i < 2000; i++) {
  const v = i * 0.5 + 0x10;
  str += String(v).length + v.toFixed(1).length + v.toPrecision(3).length;
}
console.log(str);
// Overflow of int32 arithmetic into doubles around 0x7fffffff.
let x = 0x7ffffff0;
for (let i = 0; i < 3000; i++) x += i % 3 ? 1 : 0;
console.log(x, x > 0x7fffffff, x | 0);
// Checking safe-integer limits in a loop.
let big = Number.MAX_SAFE_INTEGER - 2000, unsafe = 0;
for (let i = 0; i < 2500; i++) { big += 1; if (!Number.isSafeInteger(big)) unsafe++; }
console.log(big, unsafe);
