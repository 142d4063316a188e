// console.log formatting of numbers in every form, top-level and nested.
console.log(-0);
console.log(1e21);
console.log(1e-7);
console.log(123456789012345680000);
console.log(0.000001);
console.log(9007199254740992);
console.log(-1e-7);
console.log(1e+21, 1e+300, 1.5e-9, 4.56e-7, 9.99e20, 1.1e21);
console.log(0.1, 0.5, 100.25, -99.125, 1 / 3);
console.log(2147483647, -2147483648, 4294967295, 1e16, 12345678901234567);
console.log([-0, 1e21, 1e-7, 0.000001, -1e-7]);
console.log({ a: -0, b: 1e21, c: 1e-7, d: 123456789012345680000 });
console.log([0.1 + 0.2, 1 / 3, 2 / 3, 1e100]);
console.log(NaN, Infinity, -Infinity, [NaN, -Infinity]);
var powers = [];
var p = 1;
for (var i = 0; i < 25; i++) {
  powers.push(p);
  p = p * 10;
}
console.log(powers);
var negPowers = [];
var q = 1;
for (var j = 0; j < 10; j++) {
  q = q / 10;
  negPowers.push(q);
}
console.log(negPowers);
