// Number.prototype.toString(radix), toFixed, toPrecision, toExponential, toLocaleString.
var xs = [0, -0, 1, -1, 0.1, 0.5, 1 / 3, 2 / 3, 255.255, 1e21, 123.456, 1e-7, -7.25, 3.14159, 4294967296.5,
  9007199254740993, 5e-324, 0.2, 100, 1 / 7, 12345.6789, NaN, Infinity, -Infinity, 1.7976931348623157e308];
var radixes = [2, 3, 5, 7, 8, 16, 20, 36];
for (var r = 0; r < radixes.length; r++) {
  var parts = [];
  for (var i = 0; i < xs.length; i++) {
    var str = xs[i].toString(radixes[r]);
    parts.push(str.length > 40 ? str.slice(0, 20) + '...' + str.slice(-10) + '(' + str.length + ')' : str);
  }
  console.log(radixes[r], parts.join(' '));
}
console.log((255).toString(), (255).toString(undefined), (255).toString(16.9), (-255).toString(36), (35).toString(36));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (-1.5).toFixed(0), (2.5).toFixed(0), (0.5).toFixed(0), (-0.5).toFixed(0), (1.255).toFixed(2));
console.log((1e21).toFixed(2), (123.456).toFixed(10), (0).toFixed(2), (-0).toFixed(2), (-0.0001).toFixed(2), (1.23e-10).toFixed(2));
console.log(NaN.toFixed(2), (1234.5678).toFixed(), (0.000001).toFixed(7), (5e-7).toFixed(6), (999.995).toFixed(2), (1e20).toFixed(2));
console.log((-1e-7).toFixed(3), (0.1).toFixed(20), (123).toFixed(1.9), (2 ** 53).toFixed(3), (Infinity).toFixed(1), (10.235).toFixed(2));
console.log((1).toFixed(100).length, (0.1 + 0.2).toFixed(17), (-1.005).toFixed(2), (4.35).toFixed(1), (8.345).toFixed(2));
console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1e21).toPrecision(3), (2.5).toPrecision(1));
console.log((1.25).toPrecision(2), (0).toPrecision(3), (-0).toPrecision(1), (1e-7).toPrecision(1), (123).toPrecision(3), (99.99).toPrecision(3));
console.log(NaN.toPrecision(2), (1).toPrecision(), (0.00001).toPrecision(1), (1e-6).toPrecision(2), (-1234.5).toPrecision(6), (1 / 3).toPrecision(21));
console.log((123456789).toPrecision(9), (123456789).toPrecision(8), (0.1).toPrecision(1), (9.5).toPrecision(1), (-0.00000123).toPrecision(2));
console.log((123.456).toExponential(2), (0).toExponential(), (0).toExponential(2), (1e21).toExponential(), (123456).toExponential());
console.log((-1.5e-7).toExponential(3), (2.5).toExponential(0), (1.25).toExponential(1), (1 / 3).toExponential(), Infinity.toExponential(), (5e-324).toExponential());
console.log((1.7976931348623157e308).toExponential(5), (12345).toExponential(undefined), (-0).toExponential(1), (0.000123).toExponential(1));
console.log((1234.5678).toLocaleString(), (1e21).toLocaleString(), (-1234567.891).toLocaleString(), (0.0005).toLocaleString(), (1.0005).toLocaleString());
console.log(NaN.toLocaleString(), (-0).toLocaleString(), Infinity.toLocaleString(), (123).toLocaleString(), (0.1 + 0.2).toLocaleString(), (999.9999).toLocaleString());
console.log((5).valueOf(), typeof (5).valueOf(), Number.prototype.toFixed.length, (12.5).toString(2), (-0.75).toString(2));
var total = 0;
for (var k = 0; k < 3000; k++) total += (k / 7).toFixed(2).length + (k * 1.5).toString(16).length;
console.log(total);
