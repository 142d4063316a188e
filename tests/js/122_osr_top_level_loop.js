// A hot loop at the top level of the script: entered through OSR in the middle of the
// script's only invocation.
var sum = 0;
var xs = [];
for (var i = 0; i < 3000; i++) {
  sum = (sum + i * i) | 0;
  if (i % 500 === 0) xs.push(sum);
}
console.log(sum, xs);
let product = 1;
for (let j = 1; j < 2500; j++) {
  product = (product * 31 + j) % 1000003;
}
console.log(product);
