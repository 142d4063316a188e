// for loops with break and continue, and unusual headers.
var out = [];
for (var i = 0; i < 10; i++) {
  if (i === 7) { break; }
  if (i % 2 === 0) { continue; }
  out.push(i);
}
console.log(out, i);
var first = -1;
for (var j = 0; j < 100; j++) {
  if (j * j > 200) { first = j; break; }
}
console.log("first square > 200:", first);
var k = 0;
for (; k < 3;) { k++; }
console.log("empty parts", k);
var n = 0;
for (;;) {
  n++;
  if (n >= 5) { break; }
}
console.log("infinite for", n);
var a = 0, b = 10;
for (a = 0; a < b; a += 3) { b--; }
console.log(a, b);
var down = [];
for (var d = 10; d > 0; d -= 3) { down.push(d); }
console.log(down);
var primes = [];
for (var p = 2; p < 40; p++) {
  var isPrime = true;
  for (var q = 2; q * q <= p; q++) {
    if (p % q === 0) { isPrime = false; break; }
  }
  if (!isPrime) { continue; }
  primes.push(p);
}
console.log(primes);
var skipped = 0;
for (let x = 0; x < 20; x++) {
  if (x % 5 !== 0) { skipped++; continue; }
  console.log("multiple of five", x);
}
console.log("skipped", skipped);
var fl = [];
for (var f = 0.5; f < 3; f += 0.5) { fl.push(f); }
console.log(fl);
